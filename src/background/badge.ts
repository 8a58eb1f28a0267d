import type { DiagnosisReport } from '../core/key';
import type { Verdict } from '../core/verify/verdicts';
import { t } from '../i18n/t';
import { setBadge } from '../shared/browser-api';

const LOOKS = {
  error: { text: '!', color: '#c5221f', title: 'badge_key_error' },
  warning: { text: '?', color: '#a35200', title: 'badge_key_warning' },
  clean: { text: '', color: '#1e8e3e', title: 'badge_key_clean' },
} as const;

const VERDICT_LOOKS = {
  live: { text: '✓', color: '#1e8e3e', title: 'badge_live' },
  usable: { text: '!', color: '#a35200', title: 'badge_usable' },
  rejected: { text: '!', color: '#c5221f', title: 'badge_rejected' },
  unknown: { text: '?', color: '#5f6368', title: 'badge_unknown' },
} as const;

/** `app`: whether the app will work as set up (the layered verdict), when known: a key OpenAI accepts in an app that will fail is not a green tick. */
export function showVerdictOnBadge(tabId: number, verdict: Verdict, app?: 'yes' | 'no' | 'unknown'): Promise<void> {
  const look =
    verdict.kind === 'live' && app !== 'no' ? VERDICT_LOOKS.live
    : verdict.kind === 'live' ? VERDICT_LOOKS.usable
    : verdict.works === 'yes' ? VERDICT_LOOKS.usable
    : verdict.works === 'no' ? VERDICT_LOOKS.rejected
    : VERDICT_LOOKS.unknown;
  return setBadge(tabId, look.text, look.color, t(look.title));
}

export function showReportOnBadge(tabId: number, report: DiagnosisReport): Promise<void> {
  const look = report.worst === 'error' ? LOOKS.error : report.worst === 'warning' ? LOOKS.warning : LOOKS.clean;
  return setBadge(tabId, look.text, look.color, t(look.title));
}

/** The page hid the card: the badge is where the person still sees that there is something to read. */
export const showTamperingOnBadge = (tabId: number) =>
  setBadge(tabId, '!', '#c5221f', t('badge_tampered'));

