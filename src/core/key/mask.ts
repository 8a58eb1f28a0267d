import { IDENTIFIER_SHAPES } from './identifiers';
import { OPENAI, OTHER_PROVIDERS } from './providers';

/** Public prefixes: the same for everyone, so showing them reveals nothing. Longest first. */
const PUBLIC_PREFIXES: readonly string[] = [
  ...new Set([...OPENAI.prefixes, ...OTHER_PROVIDERS.flatMap((p) => p.prefixes), ...IDENTIFIER_SHAPES.map((s) => s.prefix)]),
]
  .filter(Boolean)
  .toSorted((a, b) => b.length - a.length);

/** At most this much of the start is shown: `sk-proj-` plus 4. */
const MAX_HEAD = 12;
const TAIL = 4;

export function publicPrefix(text: string): string {
  return PUBLIC_PREFIXES.find((prefix) => text.startsWith(prefix)) ?? '';
}

/** What a mask or a hint shows of a key's start: its public prefix and up to 4 more characters, 12 at most. */
export function visibleHead(text: string): string {
  const prefix = publicPrefix(text);
  const chars = [...text];
  const shown = Math.max(0, Math.min(4, MAX_HEAD - prefix.length));
  return prefix + chars.slice([...prefix].length, [...prefix].length + shown).join('');
}

/**
 * The only way a key is shown: its visible head, an ellipsis and the last 4.
 * Short strings show less, so that the mask never reveals most of a secret.
 */
export function mask(text: string): string {
  const chars = [...text];
  if (chars.length === 0) return '';
  const prefix = publicPrefix(text);
  if (chars.length - [...prefix].length < 12) return `${prefix}… (${chars.length} characters)`;
  return `${visibleHead(text)}…${chars.slice(-TAIL).join('')}`;
}

/** The last 4 characters, as stored in a hint and shown by OpenAI's own key list. */
export function lastFour(text: string): string {
  return [...text].slice(-TAIL).join('');
}

const LONG_TOKEN = /[A-Za-z0-9_+/=-]{24,}/g;

/** Text from a page or a site's storage, safe to show and keep: every long token (a key, any secret) becomes its mask. */
export const maskTokens = (text: string) => text.replace(LONG_TOKEN, (token) => mask(token));
