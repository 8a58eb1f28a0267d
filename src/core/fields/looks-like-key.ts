import { MARKER } from '../key/openai-shapes';
import { LOOKALIKE_SK_PREFIXES, providerOfKey } from '../key/providers';

/** A cheap first look at pasted text, for field scoring: does it carry an OpenAI key's prefix or marker? */
export function looksLikeOpenAIKey(text: string): boolean {
  const start = text.slice(0, 64);
  const at = start.search(/\bsk-/);
  if (at >= 0 && !LOOKALIKE_SK_PREFIXES.some((prefix) => start.startsWith(prefix, at))) return true;
  return text.includes(MARKER);
}

const OPENAI_ID = /^\s*["'`]?(?:org-|proj_)[A-Za-z0-9]{24}\b/;

/** Pasted text that has the shape of any provider's key, or of an OpenAI organization or project id. */
export function looksLikeKeyOrId(text: string): boolean {
  if (looksLikeOpenAIKey(text) || OPENAI_ID.test(text)) return true;
  const first = text.trim().split(/\s+/, 1)[0]?.replace(/^["'`]|["'`,;]$/g, '') ?? '';
  return first.length >= 20 && first.length <= 300 && providerOfKey(first) !== undefined;
}
