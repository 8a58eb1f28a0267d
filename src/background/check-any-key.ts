import { diagnose, fingerprint } from '../core/key';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { withHints } from './hints';
import { loadStore } from './store';
import { verify } from './verifier';

/** The popup's "check any key": asked for by a click, so it runs whatever the automatic-check setting says. */
export async function checkAnyKey({ value, valueLength }: RequestOf<'key/check'>): Promise<ResponseOf<'key/check'>> {
  const { hints, salt } = await loadStore();
  const { candidate, report } = withHints(diagnose(value, valueLength), hints);
  if (!report.checkable) return { report, result: null };
  const result = await verify(candidate, fingerprint(candidate, salt), 'popup');
  return { report, result: 'verdict' in result ? { verdict: result.verdict, cached: result.cached, notes: [] } : result };
}
