import { maskTokens } from '../key/mask';

/**
 * Error texts an app shows after it called OpenAI (openai-facts.md §4), and its own "not a valid key"
 * messages: the evidence a page already holds about which key it really sends and why it fails.
 */

/** What is left of a key in an error text: its start, its last four, and its length when the echo keeps it. */
export interface EchoedKey {
  head: string;
  last4: string;
  length: number | null;
  /** The app sent a mask (`sk-…wxyz`), which OpenAI echoed back in clear: no key was sent at all. */
  sentMask?: boolean;
}

export const PAGE_SIGNALS = [
  'invalid_key', 'no_key', 'quota', 'model_access', 'verification', 'regional_host', 'organization', 'project', 'site_refused',
] as const;
export type PageSignal = (typeof PAGE_SIGNALS)[number];

export interface PageEvidence {
  signal: PageSignal;
  /** The key the app sent, as OpenAI echoed it, for `invalid_key`. */
  echo: EchoedKey | null;
  /** The words the page showed, shortened, for people. */
  quote: string;
}

/** Longest text looked at: error toasts are short; a page repeating one 10,000 times is cut here. */
export const MAX_EVIDENCE_TEXT = 2000;

const PATTERNS: readonly [PageSignal, RegExp][] = [
  ['invalid_key', /Incorrect API key provided:?\s*([^\s"'<>]{1,400})/i],
  ['no_key', /Missing bearer(?: or basic)? authentication|You didn'?t provide an API key/i],
  ['quota', /exceeded your current quota|insufficient_quota|billing details|account is not active/i],
  ['verification', /organi[sz]ation must be verified|Verify Organi[sz]ation/i],
  ['model_access', /does not have access to model|model[_ ]not[_ ]found|The model `?[\w.:-]+`? does not exist/i],
  ['regional_host', /incorrect regional hostname|only accessible by projects with geography restrictions/i],
  ['organization', /OpenAI-Organization header should match|No such organization|mismatched_organization/i],
  ['project', /OpenAI-Project header should match|mismatched_project/i],
  // The site's own check, not OpenAI's: "Invalid API key format", "This is not a valid key".
  ['site_refused', /\b(?:invalid|not a valid|incorrect|wrong)\b[^.!\n]{0,40}\b(?:api )?key\b|\bkey\b[^.!\n]{0,30}\b(?:is )?(?:invalid|not valid)\b/i],
];

/** Cheap first look: could this text be one of the signals at all? */
export const mentionsApiError = (text: string) => /key|quota|model|verif|host|organi[sz]ation|project|bearer|billing/i.test(text);

/** How OpenAI echoes a key in "Incorrect API key provided: …" (openai-facts.md §2), or an app's own mask of it. */
export function readEcho(token: string): EchoedKey | null {
  const trimmed = token.replace(/[.,;:)]+$/, '');
  const stars = /^([^*…•.]{0,12})([*…•.]{3,}|…)([A-Za-z0-9_-]{4})$/.exec(trimmed);
  if (stars) {
    const [, head = '', hidden = '', last4 = ''] = stars;
    // Short inputs come back as they were sent: a short one with a mask in it is a mask the app sent.
    if (trimmed.length <= 12) return { head, last4, length: null, sentMask: true };
    // OpenAI's own mask keeps one star per hidden character: its length is the key's.
    const keepsLength = /^\*+$/.test(hidden) && head.length === 8;
    return { head, last4, length: keepsLength ? trimmed.length : null };
  }
  // Inputs of 12 characters or fewer come back in clear.
  if (/^[A-Za-z0-9_-]{1,12}$/.test(trimmed)) return { head: trimmed, last4: trimmed.slice(-4), length: trimmed.length };
  return null;
}

const SENTENCE_END = /[.!?](?:\s|$)/g;

/**
 * The words a person would quote: from the start of the match's sentence (or 80 characters before)
 * to its end — and the next sentence's, while that stays short (a site's "Keys are 51 characters long").
 */
function sentenceAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - 80), from);
  const start = from - before.length + Math.max(0, before.search(/[^.!?]*$/));
  const ends = [...text.slice(to, to + 160).matchAll(SENTENCE_END)].map((m) => to + m.index + 1);
  const end = ends.find((at, i) => at - start >= 80 || i === ends.length - 1) ?? to + 160;
  return text.slice(start, end).trim();
}

/** The first signal a text carries, or undefined. Linear in the text, which is cut at `MAX_EVIDENCE_TEXT`. */
export function readPageText(text: string): PageEvidence | undefined {
  const clipped = text.replace(/\s+/g, ' ').trim().slice(0, MAX_EVIDENCE_TEXT);
  if (!mentionsApiError(clipped)) return undefined;
  for (const [signal, pattern] of PATTERNS) {
    const match = pattern.exec(clipped);
    if (!match) continue;
    const quote = sentenceAround(clipped, match.index, match.index + match[0].length);
    // A page may show a whole key next to its error: only its mask is quoted.
    return { signal, echo: signal === 'invalid_key' && match[1] ? readEcho(match[1]) : null, quote: maskTokens(quote).replace(/\*{4,}/g, '****').slice(0, 200) };
  }
  return undefined;
}

/** Whether an echo (or a mask) can be this key: the same start, last four and, where known, length. */
export function echoFits(echo: EchoedKey, key: { head: string; last4: string; length: number | null }): boolean {
  const common = Math.min(echo.head.length, key.head.length);
  return echo.last4 === key.last4 && echo.head.slice(0, common) === key.head.slice(0, common)
    && (echo.length === null || key.length === null || echo.length === key.length);
}
