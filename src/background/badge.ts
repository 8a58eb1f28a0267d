import type { DiagnosisReport } from '../core/key';
import type { Verdict } from '../core/verify/verdicts';
import { setBadge } from '../shared/browser-api';

const LOOKS = {
  error: { text: '!', color: '#c5221f', title: 'Key Doctor: the pasted key has a problem — click for details' },
  warning: { text: '?', color: '#a35200', title: 'Key Doctor: the pasted key may have a problem — click for details' },
  clean: { text: '', color: '#1e8e3e', title: 'Key Doctor: the pasted key looks complete (not checked with OpenAI yet)' },
};

const VERDICT_LOOKS = {
  live: { text: '✓', color: '#1e8e3e', title: 'Key Doctor: OpenAI accepted the pasted key' },
  usable: { text: '!', color: '#a35200', title: 'Key Doctor: the key is valid but something stops it — click for details' },
  rejected: { text: '!', color: '#c5221f', title: 'Key Doctor: OpenAI rejected the pasted key — click for details' },
  unknown: { text: '?', color: '#5f6368', title: 'Key Doctor: could not get an answer from OpenAI — click for details' },
};

/** `app`: whether the app will work as set up (the layered verdict), when known: a key OpenAI accepts in an app that will fail is not a green tick. */
export function showVerdictOnBadge(tabId: number, verdict: Verdict, app?: 'yes' | 'no' | 'unknown'): Promise<void> {
  const look =
    verdict.kind === 'live' && app !== 'no' ? VERDICT_LOOKS.live
    : verdict.kind === 'live' ? VERDICT_LOOKS.usable
    : verdict.works === 'yes' ? VERDICT_LOOKS.usable
    : verdict.works === 'no' ? VERDICT_LOOKS.rejected
    : VERDICT_LOOKS.unknown;
  return setBadge(tabId, look.text, look.color, look.title);
}

export function showReportOnBadge(tabId: number, report: DiagnosisReport): Promise<void> {
  const look = report.worst === 'error' ? LOOKS.error : report.worst === 'warning' ? LOOKS.warning : LOOKS.clean;
  return setBadge(tabId, look.text, look.color, look.title);
}

/** The page hid the card: the badge is where the person still sees that there is something to read. */
export const showTamperingOnBadge = (tabId: number) =>
  setBadge(tabId, '!', '#c5221f', 'Key Doctor: this page hid Key Doctor’s warning — click for what it said');

