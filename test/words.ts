import type { Said, SaidValue } from '../src/core/said';
import type { KeyKind } from '../src/core/key/classify-key';
import { type Finding, messageAndFix } from '../src/core/key/findings';
import { kindSaid } from '../src/core/key/kind';
import { say, sayAll, sayValue } from '../src/i18n/say';

/** What a person reads, in English (the tests' catalog): words, sentences, or data as it is. */
export function english(words: SaidValue | readonly Said[] | null | undefined): string {
  if (words === null || words === undefined) return '';
  if (Array.isArray(words) && words.every((item) => typeof item === 'object')) return sayAll(words as Said[]);
  return sayValue(words as SaidValue);
}

/** A report's or a hint's kind of key, as a person reads it. */
export const kindText = ({ kind, provider }: { kind: KeyKind; provider?: string }) => say(kindSaid(kind, provider));

/** Every finding's message and fix, as one text. */
export const findingsText = (findings: readonly Finding[]) => findings.map((f) => english(messageAndFix(f))).join(' ');
