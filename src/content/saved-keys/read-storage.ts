import { describeFound, type FoundKey, jsonOf, keysInText, pathIn, SCAN_LIMITS, type StorageArea } from '../../core/page-evidence/saved-keys';

/** What one frame found: masks and fingerprints only. */
export interface FrameScan {
  origin: string;
  found: FoundKey[];
  partial: boolean;
}

type Remove = () => Promise<void>;

/** How to clear each entry found by the last scan, by its token: kept in this isolated world, never sent. */
const entries = new Map<string, Remove>();

const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer = 0;
  return Promise.race([work, new Promise<never>((_, fail) => { timer = window.setTimeout(() => fail(new Error('timeout')), ms); })]).finally(() => clearTimeout(timer));
}

const settled = <T>(request: IDBRequest<T>) => new Promise<T>((done, fail) => {
  request.addEventListener('success', () => done(request.result));
  request.addEventListener('error', () => fail(request.error));
});

/** Opens a database that exists, never creating or upgrading one. */
function openExisting(name: string): Promise<IDBDatabase> {
  return withTimeout(new Promise((done, fail) => {
    const request = indexedDB.open(name);
    request.addEventListener('upgradeneeded', () => request.transaction?.abort());
    request.addEventListener('blocked', () => fail(new Error('blocked')));
    request.addEventListener('success', () => done(request.result));
    request.addEventListener('error', () => fail(request.error));
  }), 1000);
}

class Scan {
  readonly found: FoundKey[] = [];
  partial = false;
  private chars = 0;
  private readonly started = performance.now();

  constructor(private readonly salts: readonly string[]) {}

  /** Time, size or count is used up: the scan stops and says it is partial. */
  get over(): boolean {
    const over = performance.now() - this.started > SCAN_LIMITS.ms || this.chars > SCAN_LIMITS.charsInAll || this.found.length >= SCAN_LIMITS.found;
    if (over) this.partial = true;
    return over;
  }

  look(area: StorageArea, entry: string, value: string, remove: Remove): void {
    this.chars += Math.min(value.length, SCAN_LIMITS.charsPerValue);
    if (value.length > SCAN_LIMITS.charsPerValue) this.partial = true;
    const keys = keysInText(value);
    if (keys.length === 0) return;
    const parsed = jsonOf(value);
    for (const key of keys) {
      const token = randomToken();
      entries.set(token, remove);
      const path = parsed === undefined ? null : pathIn(parsed, key.text);
      this.found.push(describeFound(key, { token, area, entry, path }, this.salts));
    }
  }

  webStorage(area: 'localStorage' | 'sessionStorage'): void {
    let storage: Storage;
    try {
      storage = window[area];
      if (storage.length > SCAN_LIMITS.entriesPerArea) this.partial = true;
    } catch {
      // Sandboxed frames and blocked third-party storage throw on access.
      this.partial = true;
      return;
    }
    const names = Array.from({ length: Math.min(storage.length, SCAN_LIMITS.entriesPerArea) }, (_, i) => storage.key(i));
    for (const name of names) {
      if (this.over) return;
      if (name === null) continue;
      this.look(area, name, storage.getItem(name) ?? '', async () => storage.removeItem(name));
    }
  }

  async indexedDatabases(): Promise<void> {
    let databases: IDBDatabaseInfo[];
    try {
      databases = await withTimeout(indexedDB.databases(), 1000);
    } catch {
      this.partial = true;
      return;
    }
    if (databases.length > SCAN_LIMITS.databases) this.partial = true;
    for (const { name } of databases.slice(0, SCAN_LIMITS.databases)) {
      if (this.over) return;
      if (!name) continue;
      try {
        const db = await openExisting(name);
        try {
          for (const store of [...db.objectStoreNames].slice(0, SCAN_LIMITS.storesPerDatabase)) {
            if (this.over) break;
            await this.objectStore(db, name, store);
          }
        } finally {
          db.close();
        }
      } catch {
        this.partial = true;
      }
    }
  }

  private async objectStore(db: IDBDatabase, name: string, store: string): Promise<void> {
    const objects = db.transaction(store, 'readonly').objectStore(store);
    const [ids, values] = await withTimeout(Promise.all([
      settled(objects.getAllKeys(null, SCAN_LIMITS.recordsPerStore)),
      settled(objects.getAll(null, SCAN_LIMITS.recordsPerStore)),
    ]), 1000);
    if (ids.length >= SCAN_LIMITS.recordsPerStore) this.partial = true;
    ids.forEach((id, i) => {
      if (this.over) return;
      const text = textOf(values[i]);
      const remove = async () => {
        const again = await openExisting(name);
        try {
          const done = settled(again.transaction(store, 'readwrite').objectStore(store).delete(id));
          await done;
        } finally {
          again.close();
        }
      };
      this.look('indexedDB', `${name} › ${store} › ${String(id).slice(0, 60)}`, text, remove);
    });
  }
}

/** A stored record as text: strings as they are, other values as JSON when they can be. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * Reads this frame's localStorage, sessionStorage and IndexedDB for OpenAI keys and masks of keys —
 * only when the person asked, from the popup — and answers with masks, fingerprints and where each was.
 */
export async function findSavedKeys(salts: readonly string[]): Promise<FrameScan> {
  entries.clear();
  const scan = new Scan(salts);
  scan.webStorage('localStorage');
  scan.webStorage('sessionStorage');
  if (!scan.over) await scan.indexedDatabases();
  return { origin: location.origin, found: scan.found, partial: scan.partial };
}

/** Clears one entry the last scan found, named by its token; false when this frame did not find it. */
export async function clearSavedEntry(token: string): Promise<boolean> {
  const remove = entries.get(token);
  if (!remove) return false;
  await remove();
  entries.delete(token);
  return true;
}
