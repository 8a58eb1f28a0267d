import { local } from '../shared/browser-api';
import type { Settings } from '../shared/settings';
import { type LocalStore, LocalStoreSchema, migrate } from '../shared/storage-schema';
import { randomHex } from './random';

/** Reads storage.local through the migration; writes back only when the migration had to change something. */
export async function loadStore(): Promise<LocalStore> {
  const raw = await local.get();
  if (LocalStoreSchema.safeParse(raw).success) return LocalStoreSchema.parse(raw);
  const store = migrate(raw, () => randomHex(32));
  await local.set(store);
  return store;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const store = await loadStore();
  const settings = { ...store.settings, ...change };
  await local.set({ settings });
  return settings;
}
