import type { DiagnosisReport } from '../core/key';
import { sendMessage } from '../shared/browser-api';
import type { FieldInfo } from '../shared/schemas';
import type { Message } from '../shared/messages';

/** Tells the service worker what was found, for the popup and the badge. The report holds no key. */
export function reportDiagnosis(field: FieldInfo, report: DiagnosisReport): void {
  const message: Message<'diagnosis/report'> = { type: 'diagnosis/report', payload: { field, report } };
  sendMessage(message).catch(() => {
    // The worker may be restarting or the extension reloading; the inline warning already showed.
  });
}
