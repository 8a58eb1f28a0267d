import { evidenceText } from '../../i18n/evidence-text';
import { say } from '../../i18n/say';
import { t } from '../../i18n/t';
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
      return t('card_checking');
    case 'offer':
      return t('card_offer');
    case 'failed':
      return t('card_failed');
    case 'use-popup':
      return t('card_use_popup');
    case 'done':
      if ('verdict' in verification.result) return say(verification.result.layers?.headline ?? verification.result.verdict.title);
      return 'throttled' in verification.result
        ? t('card_throttled')
        : t('card_not_checked');
  }
}

/** "OpenAI said: “…” — HTTP 401 · invalid_api_key · request ID …", or why there was no answer. */
export function evidenceLine(verification: Verification): string | undefined {
  if (verification.state !== 'done' || !('verdict' in verification.result)) return undefined;
  const { evidence } = verification.result.verdict;
  const said = evidence.message ? t('card_openai_said', { message: evidence.message }) : undefined;
  const facts = evidenceText(evidence);
  return [said, facts].filter(Boolean).join(' — ') || undefined;
}
