import { mask } from '../key';

const KEY_CHARS = 'A-Za-z0-9_-';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** OpenAI's own mask in its error texts: the first 8 characters, a `*` per hidden one, the last 4 (openai-facts.md §2). */
const OPENAI_MASK = new RegExp(`[${KEY_CHARS}]{0,8}\\*{3,}[${KEY_CHARS}]{0,4}`, 'g');

/**
 * Makes a text that came from elsewhere (OpenAI's error message) safe to show and keep: the key
 * becomes its mask wherever it appears — in full, or echoed in clear as OpenAI does for inputs of 12
 * characters or fewer — and OpenAI's length-preserving mask of this key becomes Key Doctor's. Other
 * keys' echoes keep their head and tail, with the run of stars (which tells the length) shortened.
 */
export function redact(text: string, key: string): string {
  if (!key) return text;
  const own = `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
  // A short key is replaced only as a whole word, so that a key "abc" does not eat every "abc" in the text.
  const whole = key.length >= 8 ? new RegExp(escape(key), 'g') : new RegExp(`(?<![${KEY_CHARS}])${escape(key)}(?![${KEY_CHARS}])`, 'g');
  return text
    .replace(whole, mask(key))
    .replace(OPENAI_MASK, (echo) => (echo === own ? mask(key) : echo.replace(/\*+/, '…')));
}
