import { judgeEvidence, withPageEvidence } from '../core/page-evidence/judge';
import type { DiagnosisReport } from '../core/key';
import { withReport } from '../core/verify/layers';
import type { Verdict } from '../core/verify/verdicts';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { TabState } from '../shared/schemas';
import type { LocalStore } from '../shared/storage-schema';
import { showReportOnBadge, showVerdictOnBadge } from './badge';
import type { Context } from './router';
import { loadStore } from './store';
import { updateTabState } from './tab-state';
import { pageView } from '../core/key/page-view';

/** The tab's report with the page's latest evidence judged against what is known now: OpenAI's verdict, the hints, the site's memory. */
export function reportWithEvidence(tab: TabState, store: Pick<LocalStore, 'hints' | 'sites'>, verdict: Verdict | null): DiagnosisReport {
  if (!tab.evidence) return tab.report;
  const findings = judgeEvidence({ evidence: tab.evidence, pasted: tab.report, hints: store.hints, site: store.sites[tab.origin], verdict, now: Date.now() });
  return withPageEvidence(tab.report, findings);
}

/** The page showed an error after a key-field event: weigh it into the tab's report and layered verdict. */
export async function handlePageEvidence({ evidence }: RequestOf<'page/evidence'>, { tabId, origin }: Context): Promise<ResponseOf<'page/evidence'>> {
  if (tabId === undefined) throw new Error('content message without a tab');
  const store = await loadStore();
  const out: { answer: ResponseOf<'page/evidence'>; verdict: Verdict | null } = { answer: { none: true }, verdict: null };
  await updateTabState(tabId, (tab) => {
    // Evidence is about the key checked in the same frame's site; without one there is nothing to weigh it against.
    if (!origin || tab.origin !== origin) return tab;
    const verdict = tab.verdict ?? null;
    const report = reportWithEvidence({ ...tab, evidence }, store, verdict);
    const layers = tab.layers && withReport(tab.layers, { report, verdict, settings: tab.settings });
    // The card shows OpenAI's answer with its layers; layers without that answer are not sent to replace them.
    out.answer = layers && verdict ? { report: pageView(report), layers } : { report: pageView(report) };
    out.verdict = verdict;
    return { ...tab, report, evidence, ...(layers ? { layers } : {}) };
  });
  const { answer, verdict } = out;
  if ('report' in answer) void (verdict ? showVerdictOnBadge(tabId, verdict, answer.layers?.works) : showReportOnBadge(tabId, answer.report)).catch(() => undefined);
  return answer;
}
