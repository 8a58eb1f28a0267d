import type { DiagnosisReport } from './diagnose';
import type { FindingCode } from './findings';

/**
 * Findings about the person's saved key hints: which hint a key is, or that it is none of them. They
 * are the person's own notes, never the page's to know — and whatever the card says, a page can read
 * (window.find, selections) or measure (the card's size). So they are shown in the popup only.
 */
const POPUP_ONLY: ReadonlySet<FindingCode> = new Set<FindingCode>(['hint_match', 'hint_none', 'echo_is_hint']);

export const isPopupOnly = (finding: { code: FindingCode }) => POPUP_ONLY.has(finding.code);

/** The report as the page's card may show it: without what only the popup may say, its severity weighed again. */
export function pageView(report: DiagnosisReport): DiagnosisReport {
  if (!report.findings.some(isPopupOnly)) return report;
  const findings = report.findings.filter((f) => !isPopupOnly(f));
  return { ...report, findings, worst: findings[0]?.severity ?? 'none' };
}
