import { said, type Said } from '../said';
import { looksLikeOpenAIKey } from './looks-like-key';
import { providerNamed } from '../key/providers';
import { settingRoleOf } from '../setup/roles';
import type { FieldSnapshot } from './snapshot';

export interface FieldVerdict {
  isKeyField: boolean;
  /** The provider the field is for, when its labels say; null when they do not. */
  provider: string | null;
  score: number;
  /** Why, for people: shown in the popup. */
  /** Why it is a key field, for people. */
  reasons: Said[];
}

const THRESHOLD = 3;

/** The input types a key is typed or pasted into (a missing or unknown type reads as `text`). Checkboxes, radios, buttons, search, email and the rest never hold one. */
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'password', 'url']);

/** Lower-cases and turns separators into spaces, so `api-key` and `api_key` read as words. */
export function words(text: string): string {
  return text
    .replace(/[_\-.[\]:]+/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const KEY_WORDS = /\bapi ?keys?\b|\bsecret keys?\b|\baccess keys?\b|\bapi tokens?\b|\bauth(?:orization)? tokens?\b|\bbearer\b/;
const OTHER_SECRETS = /\bstripe\b|\bgithub\b|\bgitlab\b|\bghp\b|\baws\b|\btwilio\b|\bsendgrid\b|\bslack\b|\bpublishable\b|\bwebhook\b/;
const NOT_KEYS = /\bsearch\b|\bemail\b|\bcoupon\b|\bpromo\b|\bcard\b|\bcvc\b|\bcvv\b|\buser ?name\b|\blogin\b|\bsign ?in\b|\bsign ?up\b|\bconfirm\b|\bphone\b/;

type Signal = [points: number, reason: Said] | undefined;

function signals(s: FieldSnapshot, own: string, label: string, provider: string | null, keyPasted: boolean): Signal[] {
  const context = `${own} ${label}`;
  return [
    keyPasted ? [2, said('field_why_pasted')] : undefined,
    KEY_WORDS.test(context) ? [3, said('field_why_labelled', { label: (s.labelText.split(' · ')[0] || s.placeholder || s.ariaLabel || s.name).slice(0, 60) })] : undefined,
    /\bkey\b|\btoken\b|\bsecret\b/.test(context) && !KEY_WORDS.test(context) ? [1, said('field_why_mentions_key')] : undefined,
    provider ? [2, said('field_why_mentions_provider', { provider })] : undefined,
    looksLikeOpenAIKey(s.placeholder) ? [2, said('field_why_placeholder')] : undefined,
    s.type === 'password' && !/current-password|new-password/.test(s.autocomplete) ? [1, said('field_why_hides_typing')] : undefined,
    s.neighbours.some((n) => settingRoleOf(words(n)) !== undefined) ? [1, said('field_why_next_to_settings')] : undefined,
    OTHER_SECRETS.test(context) ? [-6, said('field_why_other_service')] : undefined,
    settingRoleOf(own) && !KEY_WORDS.test(context) ? [-4, said('field_why_other_setting')] : undefined,
    NOT_KEYS.test(context) ? [-4, said('field_why_not_key')] : undefined,
    /cc-|email|username|one-time-code|tel/.test(s.autocomplete) ? [-6, said('field_why_personal')] : undefined,
    s.type === 'password' && s.neighbours.some((n) => /user ?name|e-?mail|login/.test(n)) ? [-4, said('field_why_login_password')] : undefined,
    s.visible ? undefined : [-10, said('field_why_hidden')],
  ];
}

/**
 * Whether this field wants an API key, and whose. Pure data in, pure data out.
 * `keyPasted`: what was just pasted has the shape of a key (any provider's) or an OpenAI id, itself a hint about the field.
 */
export function scoreField(snapshot: FieldSnapshot, keyPasted = false): FieldVerdict {
  if (snapshot.tag === 'input' && !TEXT_INPUT_TYPES.has(snapshot.type)) return { isKeyField: false, provider: null, score: 0, reasons: [] };
  // camelCase splitting is for identifiers only: in labels it would turn "GitHub" into "git hub".
  const identifiers = `${snapshot.name} ${snapshot.id}`.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  const own = words(`${identifiers} ${snapshot.placeholder} ${snapshot.ariaLabel}`);
  const label = words(snapshot.labelText);
  const provider = providerNamed(`${own} ${label}`)?.name ?? null;
  let score = 0;
  const reasons: Said[] = [];
  for (const signal of signals(snapshot, own, label, provider, keyPasted)) {
    if (!signal) continue;
    score += signal[0];
    if (signal[0] > 0) reasons.push(signal[1]);
  }
  return { isKeyField: score >= THRESHOLD, provider, score, reasons };
}
