const queues = new Map<string, Promise<unknown>>();

/**
 * Runs read-modify-write work on one storage entry after the work queued before it:
 * two answers arriving together must not undo each other.
 */
export function inTurn<T>(entry: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(entry) ?? Promise.resolve()).then(work);
  const tail = run.catch(() => undefined);
  queues.set(entry, tail);
  void tail.then(() => queues.get(entry) === tail && queues.delete(entry));
  return run;
}
