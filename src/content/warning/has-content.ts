import type { DiagnosisReport } from '../../core/key';
import type { Verification } from './verification';

/** Whether there is anything to show at all. */
export function hasContent({ report, verification }: { report: DiagnosisReport; verification?: Verification }): boolean {
  return report.worst === 'error' || report.worst === 'warning' || verification !== undefined;
}
