import { evidenceFacts } from '../../core/verify/evidence';
import type { VerifyResultMessage } from '../../shared/schemas';

/** Where the check with OpenAI stands, as the inline warning shows it. */
export type Verification =
  | { state: 'checking' }
  | { state: 'offer'; onCheck: (click: MouseEvent) => void }
  /** A click on "Check with OpenAI" that Key Doctor could not be sure a person made on its visible card. */
  | { state: 'use-popup' }
  | { state: 'done'; result: VerifyResultMessage }
  | { state: 'failed' };

export type Tone = 'error' | 'warning' | 'ok' | 'info';

export function verificationTone(verification: Verification): Tone {
  if (verification.state !== 'done') return verification.state === 'failed' || verification.state === 'use-popup' ? 'warning' : 'info';
  const { result } = verification;
  if (!('verdict' in result)) return 'warning';
  if (result.verdict.works === 'no' || result.layers?.works === 'no') return 'error';
  return result.verdict.kind === 'live' ? 'ok' : 'warning';
}

export function verificationTitle(verification: Verification): string {
  switch (verification.state) {
    case 'checking':
      return 'Checking this key with OpenAI…';
    case 'offer':
      return 'This key looks complete. Check it with OpenAI?';
    case 'failed':
      return 'The check with OpenAI did not finish. Paste again to retry.';
    case 'use-popup':
      return 'To check this key, open Key Doctor from the toolbar: this page may be covering its warning, so that click was not taken.';
    case 'done':
      if ('verdict' in verification.result) return verification.result.layers?.headline ?? verification.result.verdict.title;
      return 'throttled' in verification.result
        ? 'Key Doctor paused its checks on this page for a minute: too many in a row.'
        : 'Key Doctor did not check this key with OpenAI.';
  }
}

/** "OpenAI said: “…” — HTTP 401 · invalid_api_key · request ID …", or why there was no answer. */
export function evidenceLine(verification: Verification): string | undefined {
  if (verification.state !== 'done' || !('verdict' in verification.result)) return undefined;
  const { evidence } = verification.result.verdict;
  const said = evidence.message ? `OpenAI said: “${evidence.message}”` : undefined;
  return [said, evidenceFacts(evidence)].filter(Boolean).join(' — ') || undefined;
}
