import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { migrate, STORAGE_VERSION } from './storage-schema';

const salt = () => 'ab'.repeat(16);

describe('storage migration', () => {
  it('version 0 (nothing stored) → 1: a fresh salt and default settings', () => {
    expect(migrate({}, salt)).toEqual({ version: 1, salt: salt(), settings: DEFAULT_SETTINGS });
    expect(migrate(undefined, salt)).toEqual({ version: STORAGE_VERSION, salt: salt(), settings: DEFAULT_SETTINGS });
  });

  it('keeps a valid current store as it is', () => {
    const stored = { version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false } };
    expect(migrate(stored, salt)).toEqual(stored);
  });

  it('repairs corrupted fields one by one and keeps the valid ones', () => {
    const stored = { version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'sometimes', statusChecks: false } };
    expect(migrate(stored, salt)).toEqual({ version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: false } });
    expect(migrate({ version: 1, salt: 42, settings: 'x' }, salt)).toEqual({ version: 1, salt: salt(), settings: DEFAULT_SETTINGS });
  });

  it('survives junk of any type', () => {
    for (const junk of [null, 7, 'x', [], { version: 'one' }, { version: 99 }, { version: -3 }]) {
      expect(migrate(junk, salt).version).toBe(STORAGE_VERSION);
    }
  });
});
