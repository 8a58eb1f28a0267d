import { existsSync } from 'node:fs';

/** The browser at `process.env[envName]` when set (and there), else the first of the usual paths that exists. */
export function findExecutable(envName: string, usualPaths: readonly string[]): string | undefined {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return usualPaths.find((path) => existsSync(path));
}
