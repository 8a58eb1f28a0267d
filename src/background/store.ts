import { local } from '../shared/browser-api';
import type { Settings } from '../shared/settings';
import { type LocalStore, LocalStoreSchema, migrate } from '../shared/storage-schema';
import { inTurn } from './in-turn';
import { randomHex } from './random';

/** The one module that reads and writes storage.local: settings, hints, per-site memory, salt. */

type StoreChange = Partial<Pick<LocalStore, 'settings' | 'hints' | 'sites'>>;

const LOCAL = 'storage.local';

/** Reads storage.local through the migration; writes back only when the migration had to change something. */
async function read(): Promise<LocalStore> {
  const raw = await local.get();
  const current = LocalStoreSchema.safeParse(raw);
  if (current.success) return current.data;
  const store = migrate(raw, () => randomHex(32));
  await local.set(store);
  return store;
}

/** Waits for the changes queued before it, so a migration runs once and no read sees half a change. */
export const loadStore = () => inTurn(LOCAL, read);

/**
 * Read-modify-write after the changes queued before it: a label and a note saved a moment apart must
 * not undo each other. `work` says which parts to replace (never the version or the salt) and what to answer.
 */
export function changeStore<T>(work: (store: LocalStore) => { change: StoreChange; answer: T }): Promise<T> {
  return inTurn(LOCAL, async () => {
    const { change, answer } = work(await read());
    if (Object.keys(change).length > 0) await local.set(change);
    return answer;
  });
}

/** Replaces one part with what `make` makes of it, in turn with every other change, and answers the new part. */
export function replaceStored<K extends keyof StoreChange>(part: K, make: (current: LocalStore[K]) => LocalStore[K]): Promise<LocalStore[K]> {
  return changeStore((store) => {
    const next = make(store[part]);
    return { change: { [part]: next }, answer: next };
  });
}

/** A person choosing the check mode (on the welcome page or in the settings) answers the first-run question. */
export const updateSettings = (change: Partial<Settings>): Promise<Settings> =>
  replaceStored('settings', (current) => ({ ...current, ...change, checkModeChosen: current.checkModeChosen || change.autoCheck !== undefined }));
