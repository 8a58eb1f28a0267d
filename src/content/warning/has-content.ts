import type { DiagnosisReport } from '../../core/key';
import type { Verification } from './verification';

/** "This is your key …" is good news, but the one thing worth saying at paste time. */
export const isHintMatch = (f: { code: string }) => f.code === 'hint_match';

/** Whether there is anything to show at all. */
export function hasContent({ report, verification }: { report: DiagnosisReport; verification?: Verification }): boolean {
  return report.worst === 'error' || report.worst === 'warning' || verification !== undefined || report.findings.some(isHintMatch);
}
