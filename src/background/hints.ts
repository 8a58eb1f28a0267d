import { hintFindings, isKeyOf, makeHint, moveHint } from '../core/hints/hint';
import { addFindings, type Diagnosis, diagnose, OPENAI_STYLE_KINDS } from '../core/key';
import type { Hint } from '../core/hints/hint';
import { said, type Said } from '../core/said';
import { MAX_HINTS } from '../core/limits';
import { randomHex } from './random';
import { changeStore, loadStore, replaceStored } from './store';

/** Adds "this is your key …" or "matches none of your hints" to a diagnosis. */
export function withHints(diagnosis: Diagnosis, hints: readonly Hint[]): Diagnosis {
  if (!diagnosis.candidate || !OPENAI_STYLE_KINDS.has(diagnosis.report.kind)) return diagnosis;
  return addFindings(diagnosis, hintFindings(diagnosis.candidate, hints));
}

export const listHints = async () => (await loadStore()).hints;

/** Makes a hint from a pasted key; the key itself is dropped as soon as this returns. */
export function addHint(value: string, label: string): Promise<{ hints: Hint[]; problem: Said | null }> {
  const { candidate, report } = diagnose(value);
  return changeStore<{ hints: Hint[]; problem: Said | null }>(({ hints, salt }) => {
    const refused = (problem: Said) => ({ change: {}, answer: { hints, problem } });
    if (!OPENAI_STYLE_KINDS.has(report.kind) || report.findings.some((f) => f.scope === 'key' && f.severity === 'error')) {
      return refused(report.findings[0]?.message ?? said('hint_not_openai'));
    }
    if (hints.some((hint) => isKeyOf(candidate, hint))) return refused(said('hint_already'));
    if (hints.length >= MAX_HINTS) return refused(said('hint_too_many', { count: MAX_HINTS }));
    const added = [...hints, makeHint(candidate, report, salt, label, randomHex(8), Date.now())];
    return { change: { hints: added }, answer: { hints: added, problem: null } };
  });
}

export const updateHint = (id: string, change: { label?: string; note?: string }) =>
  replaceStored('hints', (hints) => hints.map((hint) => (hint.id === id ? { ...hint, label: change.label?.trim() || hint.label, note: change.note ?? hint.note } : hint)));

export const deleteHint = (id: string) => replaceStored('hints', (hints) => hints.filter((hint) => hint.id !== id));

export const reorderHint = (id: string, by: -1 | 1) => replaceStored('hints', (hints) => moveHint(hints, id, by));
