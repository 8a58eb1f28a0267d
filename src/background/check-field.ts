import { diagnoseField } from '../core/fields';
import { diagnose } from '../core/key';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { showReportOnBadge } from './badge';
import { withHints } from './hints';
import { originOf } from './origin';
import type { Context } from './router';
import { recordCheck } from './site-history';
import { withSiteMemory } from './site-memory';
import { loadStore } from './store';
import { saveTabState } from './tab-state';

/** Something landed in a key field: diagnose it with the field, hints and site memory, and say whether to ask OpenAI. */
export async function checkField({ field, ...event }: RequestOf<'field/check'>, { tabId, url }: Context): Promise<ResponseOf<'field/check'>> {
  if (tabId === undefined) throw new Error('content message without a tab');
  const origin = originOf(url);
  const store = await loadStore();
  const { settings } = store;
  if (settings.silentSites.includes(origin)) return { report: diagnose('').report, check: 'no', silent: true };
  const diagnosis = withHints(diagnoseField({ ...event, provider: field.provider, pageUrl: url }), store.hints);
  const { report } = await withSiteMemory(diagnosis, origin, store);
  const check = !report.checkable ? 'no' : settings.autoCheck === 'auto' ? 'now' : settings.autoCheck === 'ask' ? 'offer' : 'no';
  // Answer first: the person is waiting for the inline warning, not for the popup's copy.
  void Promise.all([
    saveTabState(tabId, { origin, field, report, at: Date.now() }),
    showReportOnBadge(tabId, report),
    recordCheck(origin, report),
  ]).catch(() => undefined);
  return { report, check, silent: false };
}
