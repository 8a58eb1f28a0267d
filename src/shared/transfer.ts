import { z } from 'zod';
import type { Hint } from '../core/hints/hint';
import { MAX_HINTS } from '../core/limits';
import { HintSchema } from './hint-schema';
import { type ExportedSettings, ExportedSettingsSchema, type Settings } from './settings';

/** The export file: hints (each with the salt its fingerprint was made with) and settings. Never a key. */
export const EXPORT_FORMAT = 'key-doctor-export' as const;

const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  settings: ExportedSettingsSchema,
  hints: z.array(z.unknown()).max(MAX_HINTS),
});

export function buildExport({ checkModeChosen: _thisInstall, ...settings }: Settings, hints: Hint[], now: Date) {
  return { format: EXPORT_FORMAT, version: 1 as const, exportedAt: now.toISOString(), settings, hints };
}

const STRICTNESS = ['never', 'ask', 'auto'] as const;

/**
 * The settings after an import: a file may make Key Doctor quieter, never more talkative. The checks
 * become the stricter of the two, status checks stay off if they are off, silent sites are joined,
 * the retention is the file's; a file does not answer the first-run question; the consents that send data (the credit check, "whose key") are never
 * taken from a file: they stay as they are here, switched on only by a click in the settings.
 */
export function importedSettings(current: Settings, file: ExportedSettings): Settings {
  return {
    checkModeChosen: current.checkModeChosen,
    autoCheck: STRICTNESS[Math.min(STRICTNESS.indexOf(current.autoCheck), STRICTNESS.indexOf(file.autoCheck))] ?? 'never',
    statusChecks: current.statusChecks && file.statusChecks,
    creditCheck: current.creditCheck,
    accountInfo: current.accountInfo,
    retentionDays: file.retentionDays,
    silentSites: [...new Set([...current.silentSites, ...file.silentSites])].slice(0, 200),
  };
}

export type ImportResult =
  | { ok: true; settings: Settings; hints: Hint[]; added: number; skipped: string[] }
  | { ok: false; error: string };

const where = (path: PropertyKey[]) => path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');

/**
 * Reads an export file. Nothing changes unless the file is one of ours; then each hint is taken on its
 * own (bad ones are named and skipped) and merged with the hints already there, which are all kept.
 */
export function readImport(text: string, current: Hint[], settings: Settings): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported by Key Doctor.' };
  }
  const parsed = ExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `This is not a Key Doctor export: ${issue ? `${where(issue.path) || 'the file'} — ${issue.message}` : 'unknown shape'}.` };
  }
  const known = new Set(current.map((hint) => `${hint.salt}:${hint.fingerprint}`));
  const skipped: string[] = [];
  const added: Hint[] = [];
  parsed.data.hints.forEach((candidate, index) => {
    const hint = HintSchema.safeParse(candidate);
    if (!hint.success) skipped.push(`hints[${index}]${where(hint.error.issues[0]?.path ?? []) ? `.${where(hint.error.issues[0]?.path ?? [])}` : ''}: ${hint.error.issues[0]?.message ?? 'invalid'}`);
    else if (!known.has(`${hint.data.salt}:${hint.data.fingerprint}`)) {
      known.add(`${hint.data.salt}:${hint.data.fingerprint}`);
      added.push(hint.data);
    }
  });
  const hints = [...current, ...added].slice(0, MAX_HINTS);
  return { ok: true, settings: importedSettings(settings, parsed.data.settings), hints, added: hints.length - current.length, skipped };
}
