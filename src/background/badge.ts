import type { DiagnosisReport } from '../core/key';
import { setBadge } from '../shared/browser-api';

const LOOKS = {
  error: { text: '!', color: '#c5221f', title: 'Key Doctor: the pasted key has a problem — click for details' },
  warning: { text: '?', color: '#a35200', title: 'Key Doctor: the pasted key may have a problem — click for details' },
  clean: { text: '', color: '#1e8e3e', title: 'Key Doctor: the pasted key looks complete (not checked with OpenAI yet)' },
};

export function showReportOnBadge(tabId: number, report: DiagnosisReport): Promise<void> {
  const look = report.worst === 'error' ? LOOKS.error : report.worst === 'warning' ? LOOKS.warning : LOOKS.clean;
  return setBadge(tabId, look.text, look.color, look.title);
}
