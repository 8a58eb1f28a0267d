import { session } from '../shared/browser-api';

/**
 * A value kept in session storage with the time it was stored, so it survives the worker stopping.
 * `read` gives it back only while younger than `lifetimeMs` and only if `parse` accepts it.
 */
export async function readFresh<T>(key: string, lifetimeMs: number | ((value: T) => number), parse: (value: unknown) => T | undefined): Promise<T | undefined> {
  const entry = (await session.get(key)) as { at?: unknown; value?: unknown } | undefined;
  if (typeof entry?.at !== 'number') return undefined;
  const value = parse(entry.value);
  if (value === undefined) return undefined;
  const lifetime = typeof lifetimeMs === 'function' ? lifetimeMs(value) : lifetimeMs;
  return Date.now() - entry.at < lifetime ? value : undefined;
}

export const writeStamped = (key: string, value: unknown) => session.set(key, { at: Date.now(), value });
