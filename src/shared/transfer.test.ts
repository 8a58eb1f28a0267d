import type { Hint } from '../core/hints/hint';
import { english } from '../../test/words';
import { describe, expect, it } from 'vitest';
import { buildExport, readImport } from './transfer';
import { DEFAULT_SETTINGS } from './settings';

const hint = (letter: string, fingerprint = letter.repeat(64)): Hint => ({
  id: letter.repeat(8),
  label: `Key ${letter}`, note: '', kind: 'project', prefix: 'sk-proj-AbCd', last4: 'wxyz', length: 164, fingerprint, salt: 'ab'.repeat(16), createdAt: 1,
});

const file = (hints: unknown[]) => JSON.stringify(buildExport({ ...DEFAULT_SETTINGS, autoCheck: 'never' }, hints as never, new Date(0)));

/** What an import says when it changes nothing, in English; "imported" when it did. */
const error = (text: string) => {
  const result = readImport(text, [], DEFAULT_SETTINGS);
  return result.ok ? 'imported' : english(result.error);
};

describe('import and export', () => {
  it('round-trips, merging with the hints already there', () => {
    const result = readImport(file([hint('a'), hint('b')]), [hint('b'), hint('c')], DEFAULT_SETTINGS);
    expect(result).toMatchObject({ ok: true, added: 1, skipped: [] });
    expect(result.ok && result.hints.map((h) => h.label)).toEqual(['Key b', 'Key c', 'Key a']);
    expect(result.ok && result.settings.autoCheck).toBe('never');
  });

  it('names and skips bad hints, keeping the good ones', () => {
    const result = readImport(file([hint('a'), { ...hint('d'), fingerprint: 'nope' }, 7]), [], DEFAULT_SETTINGS);
    expect(result.ok && result.hints.map((h) => h.label)).toEqual(['Key a']);
    expect(english(result.ok ? result.skipped[0] : undefined)).toBe('hints[1].fingerprint is not a key hint Key Doctor can read');
    expect(result.ok && result.skipped).toHaveLength(2);
  });

  it('refuses what is not ours, saying what is wrong', () => {
    expect(error('{oops')).toBe('This file is not JSON. Choose a file exported by Key Doctor.');
    expect(error('{"format":"something-else"}')).toBe('This is not a Key Doctor export: format is not what Key Doctor writes there.');
    const badSetting = JSON.stringify({ ...JSON.parse(file([])), settings: { ...DEFAULT_SETTINGS, autoCheck: 'sometimes' } });
    expect(error(badSetting)).toContain('settings.autoCheck');
  });

  it('never widens consent: a file cannot switch on what sends data, or make checks more automatic', () => {
    const loud = JSON.stringify(buildExport({ autoCheck: 'auto', checkModeChosen: true, statusChecks: true, creditCheck: true, accountInfo: true, retentionDays: 365, silentSites: ['https://b.example'] }, [], new Date(0)));
    const here = { ...DEFAULT_SETTINGS, autoCheck: 'ask' as const, statusChecks: false, silentSites: ['https://a.example'] };
    const result = readImport(loud, [], here);
    expect(result.ok && result.settings).toEqual({ autoCheck: 'ask', checkModeChosen: false, statusChecks: false, creditCheck: false, accountInfo: false, retentionDays: 365, silentSites: ['https://a.example', 'https://b.example'] });
    // Quieter is taken: a file may switch checks off.
    const quiet = readImport(file([]), [], { ...DEFAULT_SETTINGS, creditCheck: true });
    expect(quiet.ok && quiet.settings).toMatchObject({ autoCheck: 'never', creditCheck: true });
  });

  it('keeps the first-run answer with this install: an export does not carry it, an import does not answer it', () => {
    const exported = buildExport({ ...DEFAULT_SETTINGS, checkModeChosen: true }, [], new Date(0));
    expect(exported.settings).not.toHaveProperty('checkModeChosen');
    const imported = readImport(JSON.stringify(exported), [], DEFAULT_SETTINGS);
    expect(imported.ok && imported.settings.checkModeChosen).toBe(false);
  });

  it('reads a file exported before hints carried their kind (version 1), by the English names it wrote', () => {
    const { kind: _kind, ...before } = hint('d');
    const v1 = JSON.stringify({ ...JSON.parse(file([])), version: 1, hints: [{ ...before, kindLabel: 'OpenAI service account key', label: 'Unnamed key' }] });
    const result = readImport(v1, [], DEFAULT_SETTINGS);
    expect(result.ok && result.hints).toEqual([{ ...hint('d'), kind: 'service_account', label: '' }]);
  });
});
