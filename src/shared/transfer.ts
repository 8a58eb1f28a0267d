import { z } from 'zod';
import type { Hint } from '../core/hints/hint';
import { MAX_HINTS } from '../core/limits';
import { said, type Said } from '../core/said';
import { hintFromBefore8 } from './hint-before-8';
import { HintSchema } from './hint-schema';
import { type ExportedSettings, ExportedSettingsSchema, type Settings } from './settings';

/** The export file: hints (each with the salt its fingerprint was made with) and settings. Never a key. */
export const EXPORT_FORMAT = 'key-doctor-export' as const;

/** Version 2 (storage version 8): hints carry their key's kind, not its English name. Version 1 files are read too. */
export const EXPORT_VERSION = 2 as const;

const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: z.string().max(40),
  settings: ExportedSettingsSchema,
  hints: z.array(z.unknown()).max(MAX_HINTS),
});

export function buildExport({ checkModeChosen: _thisInstall, ...settings }: Settings, hints: Hint[], now: Date) {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), settings, hints };
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
  | { ok: true; settings: Settings; hints: Hint[]; added: number; skipped: Said[] }
  | { ok: false; error: Said };

/** Where in the file something is wrong: `hints[2].label`. Zod's own words are English, so only the place is said. */
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
    return { ok: false, error: said('import_not_json') };
  }
  const parsed = ExportSchema.safeParse(json);
  if (!parsed.success) {
    const place = where(parsed.error.issues[0]?.path ?? []);
    return { ok: false, error: place ? said('import_not_ours_at', { place }) : said('import_not_ours') };
  }
  const known = new Set(current.map((hint) => `${hint.salt}:${hint.fingerprint}`));
  const skipped: Said[] = [];
  const added: Hint[] = [];
  parsed.data.hints.forEach((candidate, index) => {
    const hint = HintSchema.safeParse(parsed.data.version === 1 ? hintFromBefore8(candidate) : candidate);
    if (!hint.success) skipped.push(said('import_skipped_entry', { place: where([`hints[${index}]`, ...(hint.error.issues[0]?.path ?? [])]) }));
    else if (!known.has(`${hint.data.salt}:${hint.data.fingerprint}`)) {
      known.add(`${hint.data.salt}:${hint.data.fingerprint}`);
      added.push(hint.data);
    }
  });
  const hints = [...current, ...added].slice(0, MAX_HINTS);
  return { ok: true, settings: importedSettings(settings, parsed.data.settings), hints, added: hints.length - current.length, skipped };
}
