import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { makeHint } from '../hints/hint';
import { diagnose, fingerprint } from '../key';
import { OPENAI_STYLE_KINDS } from '../key/classify-key';
import { describeFound, jsonOf, keysInText, matchFound, pathIn, safeName, saltsFor } from './saved-keys';

const SALT = '0123456789abcdef0123456789abcdef';
const OTHER_SALT = 'fedcba9876543210fedcba9876543210';
const shapes = Object.entries(keys).map(([name, make]) => [name, (make as () => string)()] as const);
const where = { token: 'a'.repeat(24), area: 'localStorage' as const, entry: 'settings', path: null };

describe('keysInText: the OpenAI keys and masks in a stored value', () => {
  for (const [name, key] of shapes) {
    const kind = diagnose(key).report.kind;
    const isOpenAI = OPENAI_STYLE_KINDS.has(kind) && diagnose(key).report.checkable;
    it(`${name}: ${isOpenAI ? 'found' : 'not an OpenAI key, not found'}`, () => {
      const found = keysInText(JSON.stringify({ state: { apiKey: key, theme: 'dark' } }));
      expect(found.map((f) => f.text)).toEqual(isOpenAI ? [key] : []);
    });
  }

  it('finds masks an app saved, as masks', () => {
    expect(keysInText('{"apiKey":"sk-proj-…wxyz"}')).toEqual([{ text: 'sk-proj-…wxyz', masked: true, kind: 'masked' }]);
    expect(keysInText('{"apiKey":"sk-a****"}')[0]).toMatchObject({ masked: true });
  });

  it('is bounded: a 5 MB value with keys everywhere yields a few, at once', () => {
    const key = keys.project164();
    const huge = `${'x'.repeat(5_000_000)} ${`${key} `.repeat(100)}`;
    const started = performance.now();
    expect(keysInText(huge)).toHaveLength(5);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('where a key sits in a persisted store', () => {
  it('Better ChatGPT: state.apiKey in localStorage["free-chat-gpt"]', () => {
    const key = keys.project164();
    const value = JSON.stringify({ state: { chats: [], apiKey: key, apiEndpoint: 'https://api.openai.com/v1/chat/completions' }, version: 8 });
    expect(pathIn(jsonOf(value), key)).toBe('state.apiKey');
  });

  it('NextChat: a JSON string as the record, and as a value inside JSON', () => {
    const key = keys.project164();
    const record = JSON.stringify({ state: { provider: 'OpenAI', openaiApiKey: key, _hasHydrated: true }, version: 2 });
    expect(pathIn(jsonOf(record), key)).toBe('state.openaiApiKey');
    expect(pathIn(jsonOf(JSON.stringify({ 'access-control': record })), key)).toBe('access-control.state.openaiApiKey');
  });

  it('is null for text that is not JSON', () => {
    expect(jsonOf('sk-proj-abc')).toBeUndefined();
    expect(pathIn('plain', 'x')).toBeNull();
  });
});

describe('what leaves the frame', () => {
  it('a found key: its mask and fingerprints, never the key', () => {
    const key = keys.project164();
    const [found] = keysInText(key);
    const described = describeFound(found ?? { text: '', masked: false, kind: 'empty' }, where, [SALT, OTHER_SALT]);
    expect(JSON.stringify(described)).not.toContain(key.slice(12, 40));
    expect(described).toMatchObject({ mask: `${key.slice(0, 12)}…${key.slice(-4)}`, fingerprints: [fingerprint(key, SALT), fingerprint(key, OTHER_SALT)] });
  });

  it('an entry’s name with a key in it is masked', () => {
    const key = keys.project164();
    expect(safeName(`cache:${key}`)).not.toContain(key.slice(12, 40));
  });
});

describe('matchFound: whose key it is', () => {
  const [pasted, hinted, unknown] = [keys.project164(), keys.project164(), keys.project164()];
  const hint = makeHint(hinted, diagnose(hinted).report, OTHER_SALT, 'Work', 'h1', 0);
  const salts = saltsFor(SALT, [hint]);
  const site = { fingerprint: fingerprint(pasted, SALT), mask: diagnose(pasted).report.mask, at: 0 };
  const facts = { salts, hints: [hint], site, pastedMask: diagnose(pasted).report.mask };
  const fingerprints = (key: string) => salts.map((salt) => fingerprint(key, salt));

  it('the key pasted on this tab, a hint (by its own salt), none known, a mask', () => {
    expect(matchFound({ fingerprints: fingerprints(pasted), masked: false }, facts)).toEqual({ kind: 'pasted' });
    expect(matchFound({ fingerprints: fingerprints(hinted), masked: false }, facts)).toEqual({ kind: 'hint', label: 'Work' });
    expect(matchFound({ fingerprints: fingerprints(unknown), masked: false }, facts)).toEqual({ kind: 'unknown' });
    expect(matchFound({ fingerprints: [], masked: true }, facts)).toEqual({ kind: 'mask' });
  });

  it('the key last pasted on the site, when nothing was pasted on this tab', () => {
    expect(matchFound({ fingerprints: fingerprints(pasted), masked: false }, { ...facts, pastedMask: null })).toEqual({ kind: 'site', mask: site.mask });
  });
});
