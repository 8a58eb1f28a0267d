import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { migrate, STORAGE_VERSION } from './storage-schema';

const hint = (id: string, over: Record<string, unknown> = {}) => ({
  id, label: `Key ${id}`, note: '', kindLabel: 'OpenAI project key', prefix: 'sk-proj-AbCd', last4: 'wxyz', length: 164,
  fingerprint: 'f'.repeat(64), createdAt: 1, ...over,
});

const salt = () => 'ab'.repeat(16);

describe('storage migration', () => {
  it('version 0 (nothing stored) → current: a fresh salt and default settings', () => {
    expect(migrate({}, salt)).toEqual({ version: 3, salt: salt(), settings: DEFAULT_SETTINGS, hints: [] });
    expect(migrate(undefined, salt)).toEqual({ version: STORAGE_VERSION, salt: salt(), settings: DEFAULT_SETTINGS, hints: [] });
  });

  it('version 1 → 2 → 3: keeps the salt and the choices made, adds the extras switched off and no hints', () => {
    const v1 = { version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false } };
    expect(migrate(v1, salt)).toEqual({
      version: 3, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false, creditCheck: false, accountInfo: false }, hints: [],
    });
  });

  it('version 2 → 3: adds an empty hint list', () => {
    const v2 = { version: 2, salt: 'cd'.repeat(16), settings: { ...DEFAULT_SETTINGS, creditCheck: true } };
    expect(migrate(v2, salt)).toEqual({ ...v2, version: 3, hints: [] });
  });

  it('keeps every valid hint when others are corrupted', () => {
    const stored = { version: 3, salt: 'cd'.repeat(16), settings: DEFAULT_SETTINGS, hints: [hint('0a0a0a0a'), hint('bad id'), { junk: 1 }, hint('1b1b1b1b', { fingerprint: 'short' }), hint('2c2c2c2c')] };
    expect(migrate(stored, salt).hints.map((h) => h.id)).toEqual(['0a0a0a0a', '2c2c2c2c']);
  });

  it('keeps a valid current store as it is', () => {
    const stored = { version: 3, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false, creditCheck: true, accountInfo: false }, hints: [hint('0a0a0a0a')] };
    expect(migrate(stored, salt)).toEqual(stored);
  });

  it('repairs corrupted fields one by one and keeps the valid ones', () => {
    const stored = { version: 3, salt: 'cd'.repeat(16), settings: { autoCheck: 'sometimes', statusChecks: false, creditCheck: 'yes' }, hints: 'x' };
    expect(migrate(stored, salt)).toEqual({
      version: 3, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: false, creditCheck: false, accountInfo: false }, hints: [],
    });
    expect(migrate({ version: 3, salt: 42, settings: 'x' }, salt)).toEqual({ version: 3, salt: salt(), settings: DEFAULT_SETTINGS, hints: [] });
  });

  it('repairs a corrupted version 1 store on its way to 2', () => {
    expect(migrate({ version: 1, salt: 'nope', settings: null }, salt)).toEqual({ version: 3, salt: salt(), settings: DEFAULT_SETTINGS, hints: [] });
  });

  it('survives junk of any type', () => {
    for (const junk of [null, 7, 'x', [], { version: 'one' }, { version: 99 }, { version: -3 }]) {
      expect(migrate(junk, salt).version).toBe(STORAGE_VERSION);
    }
  });
});
