import { hintFindings, isKeyOf, makeHint, moveHint } from '../core/hints/hint';
import { addFindings, type Diagnosis, diagnose, OPENAI_STYLE_KINDS } from '../core/key';
import type { Hint } from '../core/hints/hint';
import { said, type Said } from '../core/said';
import { MAX_HINTS } from '../core/limits';
import { randomHex } from './random';
import { loadStore, saveStore } from './store';

async function saveHints(hints: Hint[]): Promise<Hint[]> {
  await saveStore({ hints });
  return hints;
}

/** Adds "this is your key …" or "matches none of your hints" to a diagnosis. */
export function withHints(diagnosis: Diagnosis, hints: readonly Hint[]): Diagnosis {
  if (!diagnosis.candidate || !OPENAI_STYLE_KINDS.has(diagnosis.report.kind)) return diagnosis;
  return addFindings(diagnosis, hintFindings(diagnosis.candidate, hints));
}

export const listHints = async () => (await loadStore()).hints;

/** Makes a hint from a pasted key; the key itself is dropped as soon as this returns. */
export async function addHint(value: string, label: string): Promise<{ hints: Hint[]; problem: Said | null }> {
  const { candidate, report } = diagnose(value);
  const { hints, salt } = await loadStore();
  if (!OPENAI_STYLE_KINDS.has(report.kind) || report.findings.some((f) => f.scope === 'key' && f.severity === 'error')) {
    return { hints, problem: report.findings[0]?.message ?? said('hint_not_openai') };
  }
  if (hints.some((hint) => isKeyOf(candidate, hint))) return { hints, problem: said('hint_already') };
  if (hints.length >= MAX_HINTS) return { hints, problem: said('hint_too_many', { count: MAX_HINTS }) };
  return { hints: await saveHints([...hints, makeHint(candidate, report, salt, label, randomHex(8), Date.now())]), problem: null };
}

export async function updateHint(id: string, change: { label?: string; note?: string }): Promise<Hint[]> {
  const hints = (await loadStore()).hints.map((hint) =>
    hint.id === id ? { ...hint, label: change.label?.trim() || hint.label, note: change.note ?? hint.note } : hint,
  );
  return saveHints(hints);
}

export const deleteHint = async (id: string) => saveHints((await loadStore()).hints.filter((hint) => hint.id !== id));

export const reorderHint = async (id: string, by: -1 | 1) => saveHints(moveHint((await loadStore()).hints, id, by));
