import { local } from '../shared/browser-api';
import type { Settings } from '../shared/settings';
import { type LocalStore, LocalStoreSchema, migrate } from '../shared/storage-schema';
import { randomHex } from './random';

/** The one module that reads and writes storage.local: settings, hints, per-site memory, salt. */

/** Reads storage.local through the migration; writes back only when the migration had to change something. */
export async function loadStore(): Promise<LocalStore> {
  const raw = await local.get();
  const current = LocalStoreSchema.safeParse(raw);
  if (current.success) return current.data;
  const store = migrate(raw, () => randomHex(32));
  await local.set(store);
  return store;
}

/** Replaces the parts given; the version and the salt are never written from outside. */
export async function saveStore(change: Partial<Pick<LocalStore, 'settings' | 'hints' | 'sites'>>): Promise<void> {
  await local.set(change);
}

/** A person choosing the check mode (on the welcome page or in the settings) answers the first-run question. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const current = (await loadStore()).settings;
  const settings = { ...current, ...change, checkModeChosen: current.checkModeChosen || change.autoCheck !== undefined };
  await saveStore({ settings });
  return settings;
}
