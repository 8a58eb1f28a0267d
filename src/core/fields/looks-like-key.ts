import { MARKER } from '../key/openai-shapes';
import { LOOKALIKE_SK_PREFIXES } from '../key/providers';

/** A cheap first look at pasted text, for field scoring: does it carry an OpenAI key's prefix or marker? */
export function looksLikeOpenAIKey(text: string): boolean {
  const start = text.slice(0, 64);
  const at = start.search(/\bsk-/);
  if (at >= 0 && !LOOKALIKE_SK_PREFIXES.some((prefix) => start.startsWith(prefix, at))) return true;
  return text.includes(MARKER);
}
