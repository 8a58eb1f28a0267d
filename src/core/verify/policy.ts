import type { VerdictKind } from './verdicts';

/** Only failures that are not about the key are worth asking again. */
const RETRYABLE: ReadonlySet<VerdictKind> = new Set(['outage', 'unreachable']);
export const MAX_RETRIES = 2;

export function shouldRetry(kind: VerdictKind, attempt: number): boolean {
  return RETRYABLE.has(kind) && attempt < MAX_RETRIES;
}

/** 0.5 s, then 1.5 s: quick enough for a person waiting, slow enough to let a blip pass. */
export function retryDelayMs(attempt: number): number {
  return 500 * 3 ** attempt;
}

/** How long a verdict is reused for the same key. Answers about the key last longer than answers about the network. */
export function cacheLifetimeMs(kind: VerdictKind): number {
  if (kind === 'live' || kind === 'invalid' || kind === 'deactivated' || kind === 'no_organization') return 5 * 60_000;
  if (kind === 'outage' || kind === 'unreachable' || kind === 'unexpected') return 15_000;
  return 60_000;
}

/** At most `limit` events per `windowMs` for each name: so a page cannot make Key Doctor hammer OpenAI. */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event and says whether it was allowed. */
  take(name: string, now: number): boolean {
    const recent = (this.events.get(name) ?? []).filter((at) => now - at < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.events.set(name, recent);
    return allowed;
  }
}
