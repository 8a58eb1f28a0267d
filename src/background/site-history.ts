import type { DiagnosisReport } from '../core/key';
import type { Verdict } from '../core/verify/verdicts';
import { HISTORY_PER_SITE } from '../core/limits';
import { session } from '../shared/browser-api';
import { type HistoryEntry, SiteHistorySchema } from '../shared/schemas';
import { inTurn } from './in-turn';

const keyFor = (origin: string) => `site:${origin}`;

export async function siteHistory(origin: string): Promise<HistoryEntry[]> {
  const parsed = SiteHistorySchema.safeParse(await session.get(keyFor(origin)));
  return parsed.success ? parsed.data : [];
}

/**
 * Remembers a check on a site for this browser session: masks, kinds and times only.
 * The same key read again (the site's turn, a second paste) updates the newest entry rather than adding one.
 */
export function recordCheck(origin: string, report: DiagnosisReport): Promise<void> {
  if (!origin) return Promise.resolve();
  return inTurn(keyFor(origin), async () => {
    const history = await siteHistory(origin);
    const repeat = history[0]?.mask === report.mask ? history.shift() : undefined;
    const entry: HistoryEntry = { mask: report.mask, kind: report.kind, ...(report.provider ? { provider: report.provider } : {}), worst: report.worst, verdict: repeat?.verdict ?? null, at: Date.now() };
    await session.set(keyFor(origin), [entry, ...history].slice(0, HISTORY_PER_SITE));
  });
}

/** Adds OpenAI's answer to the latest check of that key on the site. */
export function recordVerdict(origin: string, mask: string, verdict: Verdict): Promise<void> {
  return inTurn(keyFor(origin), async () => {
    const history = await siteHistory(origin);
    const latest = history.find((entry) => entry.mask === mask);
    if (!latest) return;
    latest.verdict = { kind: verdict.kind, works: verdict.works };
    await session.set(keyFor(origin), history);
  });
}
