import { z } from 'zod';
import { MAX_HINTS } from '../core/limits';
import { hintFromBefore8 } from './hint-before-8';
import { HintSchema, SiteMemorySchema } from './hint-schema';
import { DEFAULT_SETTINGS, SettingsSchema } from './settings';

/**
 * What lives in storage.local. Versioned: each version has a migration from the one before, and
 * whatever cannot be read is repaired to defaults field by field.
 */
export const STORAGE_VERSION = 8;

export const LocalStoreSchema = z.object({
  version: z.literal(STORAGE_VERSION),
  /** Per-install random salt for key fingerprints. */
  salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  settings: SettingsSchema,
  /** Key hints, in the person's order. Local, not sync: even these partial details stay on this machine. */
  hints: z.array(HintSchema).max(MAX_HINTS),
  /** Per site, the last key pasted there: fingerprint, mask, time. Pruned by the retention setting. */
  sites: z.record(z.string().max(300), SiteMemorySchema),
});
export type LocalStore = z.infer<typeof LocalStoreSchema>;

type Migration = (old: Record<string, unknown>, fresh: () => string) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. Version 0 is "nothing stored yet". */
const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: first run: a salt and default settings.
  (old, fresh) => ({ ...old, version: 1, salt: fresh(), settings: { autoCheck: 'auto', statusChecks: true } }),
  // 1 → 2: the opt-in extras arrive switched off; nobody has consented to them yet.
  (old) => ({ ...old, version: 2, settings: { ...(old.settings as object), creditCheck: false, accountInfo: false } }),
  // 2 → 3: key hints arrive, none yet.
  (old) => ({ ...old, version: 3, hints: [] }),
  // 3 → 4: per-site memory arrives, empty, kept 30 days by default.
  (old) => ({ ...old, version: 4, sites: {}, settings: { ...(old.settings as object), retentionDays: 30 } }),
  // 4 → 5: no site is silenced yet.
  (old) => ({ ...old, version: 5, settings: { ...(old.settings as object), silentSites: [] } }),
  // 5 → 6: each hint carries the salt it was made with (until now always the install's).
  (old) => ({
    ...old,
    version: 6,
    hints: (Array.isArray(old.hints) ? old.hints : []).map((hint) => (typeof hint === 'object' && hint !== null ? { ...hint, salt: old.salt } : hint)),
  }),
  // 6 → 7: the first-run question arrives; nobody was asked it before, so Key Doctor asks first until answered.
  (old) => ({ ...old, version: 7, settings: { ...(old.settings as object), checkModeChosen: false } }),
  // 7 → 8: nothing stored depends on the language: a hint keeps its key's kind, not its English name, and an unnamed hint no name.
  (old) => ({
    ...old,
    version: 8,
    hints: (Array.isArray(old.hints) ? old.hints : []).map(hintFromBefore8),
  }),
];

function repair(data: Record<string, unknown>, newSalt: () => string): LocalStore {
  const salt = LocalStoreSchema.shape.salt.safeParse(data.salt);
  const stored = typeof data.settings === 'object' && data.settings !== null ? (data.settings as Record<string, unknown>) : {};
  const settings = Object.fromEntries(
    Object.entries(SettingsSchema.shape).map(([name, schema]) => {
      const parsed = schema.safeParse(stored[name]);
      return [name, parsed.success ? parsed.data : DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS]];
    }),
  );
  // Each hint on its own: one corrupted entry must not cost the others.
  const hints = (Array.isArray(data.hints) ? data.hints : []).flatMap((hint) => HintSchema.safeParse(hint).data ?? []).slice(0, MAX_HINTS);
  const sites = Object.fromEntries(
    Object.entries(typeof data.sites === 'object' && data.sites !== null ? data.sites : {}).flatMap(([origin, memory]) => {
      const parsed = SiteMemorySchema.safeParse(memory);
      return parsed.success && origin.length <= 300 ? [[origin, parsed.data]] : [];
    }),
  );
  return { version: STORAGE_VERSION, salt: salt.success ? salt.data : newSalt(), settings: SettingsSchema.parse(settings), hints, sites };
}

/** Brings anything found in storage up to the current version. `newSalt` makes a random salt. */
export function migrate(raw: unknown, newSalt: () => string): LocalStore {
  let data: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, unknown>) } : {};
  const found = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  for (let version = Math.max(0, found); version < STORAGE_VERSION; version++) {
    data = MIGRATIONS[version]?.(data, newSalt) ?? data;
  }
  const parsed = LocalStoreSchema.safeParse(data);
  return parsed.success ? parsed.data : repair(data, newSalt);
}
