import { describe, expect, it } from 'vitest';
import { cacheLifetimeMs, MAX_RETRIES, retryDelayMs, shouldRetry, SlidingWindow } from './policy';

describe('verification policy', () => {
  it('retries outage and unreachable twice, never an answer about the key', () => {
    expect([0, 1, 2].map((attempt) => shouldRetry('outage', attempt))).toEqual([true, true, false]);
    expect(shouldRetry('unreachable', 0)).toBe(true);
    for (const kind of ['live', 'invalid', 'no_credit', 'rate_limited', 'restricted', 'unexpected'] as const) {
      expect(shouldRetry(kind, 0)).toBe(false);
    }
    expect(MAX_RETRIES).toBe(2);
  });

  it('backs off', () => {
    expect([0, 1].map(retryDelayMs)).toEqual([500, 1500]);
  });

  it('keeps answers about the key longer than answers about the network', () => {
    expect(cacheLifetimeMs('invalid')).toBeGreaterThan(cacheLifetimeMs('outage'));
    expect(cacheLifetimeMs('live')).toBe(300_000);
  });

  it('limits events per name within a window, and forgets old ones', () => {
    const window = new SlidingWindow(3, 60_000);
    expect([0, 1, 2, 3].map((i) => window.take('tab:1', i * 1000))).toEqual([true, true, true, false]);
    expect(window.take('tab:2', 4000)).toBe(true);
    expect(window.take('tab:1', 61_500)).toBe(true);
  });
});
