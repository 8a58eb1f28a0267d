import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { migrate, STORAGE_VERSION } from './storage-schema';

const salt = () => 'ab'.repeat(16);

describe('storage migration', () => {
  it('version 0 (nothing stored) → current: a fresh salt and default settings', () => {
    expect(migrate({}, salt)).toEqual({ version: 2, salt: salt(), settings: DEFAULT_SETTINGS });
    expect(migrate(undefined, salt)).toEqual({ version: STORAGE_VERSION, salt: salt(), settings: DEFAULT_SETTINGS });
  });

  it('version 1 → 2: keeps the salt and the choices made, adds the extras switched off', () => {
    const v1 = { version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false } };
    expect(migrate(v1, salt)).toEqual({
      version: 2, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false, creditCheck: false, accountInfo: false },
    });
  });

  it('keeps a valid current store as it is', () => {
    const stored = { version: 2, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false, creditCheck: true, accountInfo: false } };
    expect(migrate(stored, salt)).toEqual(stored);
  });

  it('repairs corrupted fields one by one and keeps the valid ones', () => {
    const stored = { version: 2, salt: 'cd'.repeat(16), settings: { autoCheck: 'sometimes', statusChecks: false, creditCheck: 'yes' } };
    expect(migrate(stored, salt)).toEqual({
      version: 2, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: false, creditCheck: false, accountInfo: false },
    });
    expect(migrate({ version: 2, salt: 42, settings: 'x' }, salt)).toEqual({ version: 2, salt: salt(), settings: DEFAULT_SETTINGS });
  });

  it('repairs a corrupted version 1 store on its way to 2', () => {
    expect(migrate({ version: 1, salt: 'nope', settings: null }, salt)).toEqual({ version: 2, salt: salt(), settings: DEFAULT_SETTINGS });
  });

  it('survives junk of any type', () => {
    for (const junk of [null, 7, 'x', [], { version: 'one' }, { version: 99 }, { version: -3 }]) {
      expect(migrate(junk, salt).version).toBe(STORAGE_VERSION);
    }
  });
});
