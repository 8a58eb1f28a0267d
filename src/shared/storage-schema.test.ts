import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { migrate, STORAGE_VERSION } from './storage-schema';

const hint = (id: string, over: Record<string, unknown> = {}) => ({
  id, label: `Key ${id}`, note: '', kind: 'project', prefix: 'sk-proj-AbCd', last4: 'wxyz', length: 164,
  fingerprint: 'f'.repeat(64), salt: 'cd'.repeat(16), createdAt: 1, ...over,
});
/** A hint as versions before 8 stored it: its kind by its English name. */
const hintBefore8 = (id: string, over: Record<string, unknown> = {}) => {
  const { kind: _kind, ...rest } = hint(id, over);
  return { ...rest, kindLabel: 'OpenAI project key' };
};

const salt = () => 'ab'.repeat(16);

describe('storage migration', () => {
  it('version 0 (nothing stored) → current: a fresh salt and default settings', () => {
    expect(migrate({}, salt)).toEqual({ version: 8, salt: salt(), settings: DEFAULT_SETTINGS, hints: [], sites: {} });
    expect(migrate(undefined, salt)).toEqual({ version: STORAGE_VERSION, salt: salt(), settings: DEFAULT_SETTINGS, hints: [], sites: {} });
  });

  it('version 1 → … → 4: keeps the salt and the choices made, adds the extras switched off, no hints, no sites', () => {
    const v1 = { version: 1, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false } };
    expect(migrate(v1, salt)).toEqual({
      version: 8, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', statusChecks: false, creditCheck: false, accountInfo: false, retentionDays: 30, silentSites: [], checkModeChosen: false },
      hints: [], sites: {},
    });
  });

  it('version 3 → 4: keeps hints, adds an empty site memory and a 30-day retention', () => {
    const v3 = { version: 3, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: true, creditCheck: false, accountInfo: true }, hints: [hintBefore8('0a0a0a0a')] };
    expect(migrate(v3, salt)).toEqual({ ...v3, version: 8, hints: [hint('0a0a0a0a')], settings: { ...v3.settings, retentionDays: 30, silentSites: [], checkModeChosen: false }, sites: {} });
  });

  it('version 4 → 5: no site is silenced', () => {
    const v4 = { version: 4, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: true, creditCheck: false, accountInfo: false, retentionDays: 7 }, hints: [], sites: {} };
    expect(migrate(v4, salt)).toEqual({ ...v4, version: 8, settings: { ...v4.settings, silentSites: [], checkModeChosen: false } });
  });

  it('version 5 → 6: each hint gets the install’s salt, with which it was made', () => {
    const { salt: _dropped, ...v5hint } = hintBefore8('0a0a0a0a');
    const v5 = { version: 5, salt: 'ef'.repeat(16), settings: DEFAULT_SETTINGS, hints: [v5hint], sites: {} };
    expect(migrate(v5, salt).hints).toEqual([hint('0a0a0a0a', { salt: 'ef'.repeat(16) })]);
  });

  it('version 7 → 8: nothing stored depends on the language — a hint keeps its key’s kind, an unnamed one no name', () => {
    const v7 = {
      version: 7, salt: 'ef'.repeat(16), settings: DEFAULT_SETTINGS, sites: {},
      hints: [
        hintBefore8('0a0a0a0a'),
        { ...hintBefore8('1b1b1b1b', { label: 'Unnamed key' }), kindLabel: 'OpenAI service account key (named, 2024 form)' },
        { ...hintBefore8('2c2c2c2c'), kindLabel: 'OpenAI-style key' },
        { ...hintBefore8('3d3d3d3d'), kindLabel: 'something no version wrote' },
      ],
    };
    expect(migrate(v7, salt).hints).toEqual([
      hint('0a0a0a0a'),
      hint('1b1b1b1b', { label: '', kind: 'service_account' }),
      hint('2c2c2c2c', { kind: 'unrecognised_openai' }),
      hint('3d3d3d3d', { kind: 'unrecognised_openai' }),
    ]);
    expect(JSON.stringify(migrate(v7, salt))).not.toMatch(/kindLabel|Unnamed/);
  });

  it('version 6 → 7: nobody was asked the first-run question, so Key Doctor asks first until it is answered', () => {
    const v6 = { version: 6, salt: 'ef'.repeat(16), settings: { ...DEFAULT_SETTINGS, checkModeChosen: undefined, autoCheck: 'auto' }, hints: [], sites: {} };
    expect(migrate(v6, salt).settings).toEqual({ ...DEFAULT_SETTINGS, autoCheck: 'auto', checkModeChosen: false });
  });

  it('keeps every valid site memory when others are corrupted', () => {
    const good = { fingerprint: 'e'.repeat(64), mask: 'sk-proj-AbCd…wxyz', at: 5 };
    const stored = { version: 8, salt: 'cd'.repeat(16), settings: DEFAULT_SETTINGS, hints: [], sites: { 'https://a.example': good, 'https://b.example': { fingerprint: 'x' } } };
    expect(migrate(stored, salt).sites).toEqual({ 'https://a.example': good });
  });

  it('version 2 → 3 → 4: adds an empty hint list', () => {
    const v2 = { version: 2, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', statusChecks: true, creditCheck: true, accountInfo: false } };
    expect(migrate(v2, salt)).toEqual({ ...v2, version: 8, hints: [], sites: {}, settings: { ...v2.settings, retentionDays: 30, silentSites: [], checkModeChosen: false } });
  });

  it('keeps every valid hint when others are corrupted', () => {
    const stored = { version: 8, salt: 'cd'.repeat(16), settings: DEFAULT_SETTINGS, sites: {}, hints: [hint('0a0a0a0a'), hint('bad id'), { junk: 1 }, hint('1b1b1b1b', { fingerprint: 'short' }), hint('2c2c2c2c')] };
    expect(migrate(stored, salt).hints.map((h) => h.id)).toEqual(['0a0a0a0a', '2c2c2c2c']);
  });

  it('keeps a valid current store as it is', () => {
    const stored = { version: 8, salt: 'cd'.repeat(16), settings: { autoCheck: 'never', checkModeChosen: true, statusChecks: false, creditCheck: true, accountInfo: false, retentionDays: 7, silentSites: ['https://quiet.example'] }, hints: [hint('0a0a0a0a')], sites: {} };
    expect(migrate(stored, salt)).toEqual(stored);
  });

  it('repairs corrupted fields one by one and keeps the valid ones', () => {
    const stored = { version: 8, salt: 'cd'.repeat(16), settings: { autoCheck: 'sometimes', statusChecks: false, creditCheck: 'yes', retentionDays: 9999 }, hints: 'x', sites: 7 };
    expect(migrate(stored, salt)).toEqual({
      version: 8, salt: 'cd'.repeat(16), settings: { autoCheck: 'auto', checkModeChosen: false, statusChecks: false, creditCheck: false, accountInfo: false, retentionDays: 30, silentSites: [] },
      hints: [], sites: {},
    });
    expect(migrate({ version: 8, salt: 42, settings: 'x' }, salt)).toEqual({ version: 8, salt: salt(), settings: DEFAULT_SETTINGS, hints: [], sites: {} });
  });

  it('repairs a corrupted version 1 store on its way up', () => {
    expect(migrate({ version: 1, salt: 'nope', settings: null }, salt)).toEqual({ version: 8, salt: salt(), settings: DEFAULT_SETTINGS, hints: [], sites: {} });
  });

  it('survives junk of any type', () => {
    for (const junk of [null, 7, 'x', [], { version: 'one' }, { version: 99 }, { version: -3 }]) {
      expect(migrate(junk, salt).version).toBe(STORAGE_VERSION);
    }
  });
});
