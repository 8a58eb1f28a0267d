import { said, type SaidValue } from '../said';
import type { KeyKind } from '../key/classify-key';
import { type DiagnosisReport, type Finding, finding, fingerprint, lastFour, visibleHead } from '../key';

/** What Key Doctor keeps about a key: enough to recognise it and show it, never enough to use it. */
export interface Hint {
  id: string;
  label: string;
  note: string;
  kind: KeyKind;
  /** The public prefix and at most 4 more characters, as the mask shows them. */
  prefix: string;
  last4: string;
  length: number;
  /** Salted SHA-256 of the key, and the salt: a hint carries its own, so it still matches after an import elsewhere. */
  fingerprint: string;
  salt: string;
  createdAt: number;
}

export function makeHint(key: string, report: DiagnosisReport, salt: string, label: string, id: string, now: number): Hint {
  return {
    id,
    label: label.trim().slice(0, 80),
    note: '',
    kind: report.kind,
    prefix: visibleHead(key),
    last4: lastFour(key),
    length: report.length,
    fingerprint: fingerprint(key, salt),
    salt,
    createdAt: now,
  };
}

/** A hint as people call it: its label, or "Unnamed key". */
export const hintName = (hint: Pick<Hint, 'label'>): SaidValue => hint.label || said('hint_unnamed');

export const isKeyOf = (key: string, hint: Hint) => fingerprint(key, hint.salt) === hint.fingerprint;

/** "This is your key …" or "matches none of your hints"; nothing when there are no hints to compare with. */
export function hintFindings(key: string, hints: readonly Hint[]): Finding[] {
  if (hints.length === 0) return [];
  const match = hints.find((hint) => isKeyOf(key, hint));
  return [match ? finding.hintMatch(hintName(match)) : finding.hintNone(hints.length)];
}

/** Moves one hint up or down the list. */
export function moveHint(hints: readonly Hint[], id: string, by: -1 | 1): Hint[] {
  const from = hints.findIndex((hint) => hint.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= hints.length) return [...hints];
  const moved = [...hints];
  [moved[from], moved[to]] = [moved[to] as Hint, moved[from] as Hint];
  return moved;
}
