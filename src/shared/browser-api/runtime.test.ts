import { afterEach, describe, expect, it } from 'vitest';
import { claimFrame } from './runtime';

const GUARD = '__keyDoctorGuard';
afterEach(() => void delete (globalThis as Record<string, unknown>)[GUARD]);

describe('claimFrame: one always-on guard per frame', () => {
  it('lets the first copy start, and no second copy while the first is live', () => {
    expect(claimFrame()).toBe(true);
    Object.defineProperty(globalThis, GUARD, { value: () => true, configurable: true });
    expect(claimFrame()).toBe(false);
  });

  it('lets a new copy take over from one an update orphaned', () => {
    Object.defineProperty(globalThis, GUARD, { value: () => false, configurable: true });
    expect(claimFrame()).toBe(true);
  });
});
