import { local } from '../shared/browser-api';
import type { Settings } from '../shared/settings';
import { type LocalStore, migrate } from '../shared/storage-schema';

function randomSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads storage.local through the migration, writing back whatever the migration changed. */
export async function loadStore(): Promise<LocalStore> {
  const raw = await local.get();
  const store = migrate(raw, randomSalt);
  if (JSON.stringify(store) !== JSON.stringify({ version: raw.version, salt: raw.salt, settings: raw.settings })) {
    await local.set(store);
  }
  return store;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const store = await loadStore();
  const settings = { ...store.settings, ...change };
  await local.set({ settings });
  return settings;
}
