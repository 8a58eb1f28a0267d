import { said } from '../said';
import { type Finding, finding } from './findings';
import { kindSaid, providerWords } from './kind';
import { identifierFor } from './identifiers';
import { MARKER, matchShape, shapeFor } from './openai-shapes';
import { providerOfKey } from './providers';

export const KEY_KINDS = [
  'service_account', 'admin', 'project', 'org_user', 'legacy', 'unrecognised_openai', 'relay', 'other_provider',
  'identifier', 'masked', 'not_a_key', 'empty',
] as const;

export type KeyKind = (typeof KEY_KINDS)[number];

/**
 * Kinds that are, or may be, keys for the OpenAI API: what can be checked, hinted and remembered.
 * Not `relay`: that shape is shared by relays and other providers, whose keys must not go to OpenAI.
 */
export const OPENAI_STYLE_KINDS: ReadonlySet<KeyKind> = new Set([
  'project', 'service_account', 'admin', 'org_user', 'legacy', 'unrecognised_openai',
]);

export interface Classification {
  kind: KeyKind;
  /** The string to carry on with: the first key when two were run together. */
  text: string;
  findings: Finding[];
  /** For `other_provider` and `relay`: the id of the provider whose key it is. */
  provider?: string;
}

const MASK_SIGNS = /\*{2,}|…|\.{3}|[•●·]/;

/** A key as key lists and error messages show it: `sk-proj-...abcd`, `sk-****abcd`. */
export function looksMasked(text: string): boolean {
  return MASK_SIGNS.test(text);
}

function splitDoubled(text: string, secondMarker: number): Classification {
  const half = text.length / 2;
  if (Number.isInteger(half) && text.slice(0, half) === text.slice(half)) {
    return { kind: 'not_a_key', text: text.slice(0, half), findings: [finding.doubled(true)] };
  }
  const secondStart = text.lastIndexOf('sk-', secondMarker);
  const first = secondStart > 0 ? text.slice(0, secondStart) : text;
  return { kind: 'not_a_key', text: first, findings: [finding.doubled(false)] };
}

function classifyOpenAI(text: string): Classification | undefined {
  const claimed = shapeFor(text);
  if (!claimed) return undefined;
  const { shape, prefix } = claimed;
  const match = matchShape(text, shape, prefix);
  // A damaged key keeps its kind when its prefix says which; a bare `sk-` could have been any kind.
  const base = { kind: (shape.kind === 'legacy' ? 'unrecognised_openai' : shape.kind) as KeyKind, text };
  switch (match.status) {
    case 'exact':
      return shape.kind === 'admin'
        ? { kind: 'admin', text, findings: [finding.admin()] }
        : { kind: shape.kind, text, findings: [finding.kind(shape.kind, text.length)] };
    case 'truncated':
      return { ...base, findings: [finding.truncated(said('f_truncated_early', { count: match.missing }))] };
    case 'cut_before_marker':
      return {
        ...base,
        findings: [finding.truncated(said('f_truncated_short', { count: match.length, kind: kindSaid(shape.kind), shortest: match.shortest }))],
      };
    case 'extra':
      return { ...base, findings: [finding.extra(match.extra)] };
    case 'bad_char':
      return { ...base, findings: [finding.unexpected(said('f_character', { character: match.char }), match.index + 1)] };
    case 'unrecognised':
      return {
        kind: 'unrecognised_openai',
        text,
        findings: [finding.unrecognised(text.includes(MARKER) ? said('f_unrecognised_halves') : said('f_unrecognised_no_marker', { marker: MARKER }))],
      };
  }
}

export function classifyKey(text: string): Classification {
  if (text === '') return { kind: 'empty', text, findings: [finding.empty()] };
  if (looksMasked(text)) return { kind: 'masked', text, findings: [finding.masked()] };
  const firstMarker = text.indexOf(MARKER);
  const secondMarker = firstMarker < 0 ? -1 : text.indexOf(MARKER, firstMarker + MARKER.length);
  if (secondMarker >= 0) return splitDoubled(text, secondMarker);
  const identifier = identifierFor(text);
  if (identifier) return { kind: 'identifier', text, findings: [finding.notAKey(said(identifier.what), said(identifier.where))] };
  const provider = providerOfKey(text);
  if (provider) {
    const words = providerWords(provider);
    return provider.id === 'sk48'
      ? { kind: 'relay', text, provider: provider.id, findings: [finding.relay(words)] }
      : { kind: 'other_provider', text, provider: provider.id, findings: [finding.otherProvider(words)] };
  }
  return classifyOpenAI(text) ?? { kind: 'not_a_key', text, findings: [finding.notKeyShape()] };
}
