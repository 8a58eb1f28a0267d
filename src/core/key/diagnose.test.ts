import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys, MARKER, randomString } from '../../../test/keys';
import { diagnose } from './diagnose';
import type { FindingCode } from './findings';

const codes = (raw: string) => diagnose(raw).report.findings.map((f) => f.code);

describe('diagnose: OpenAI key shapes', () => {
  it('flags an admin key: it cannot call the models', () => {
    const { report } = diagnose(keys.admin());
    expect(report.kind).toBe('admin');
    expect(report.findings[0]?.code).toBe('admin_key');
    expect(report.checkable).toBe(false);
  });

  it('accepts unknown segment lengths as unrecognised, not as broken', () => {
    const key = `sk-proj-${randomString(30)}${MARKER}${randomString(30)}`;
    const { report } = diagnose(key);
    expect(report.kind).toBe('unrecognised_openai');
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['unrecognised_format', 'warning']]);
    expect(report.checkable).toBe(true);
  });

  it('reports a long sk-proj- string without the marker as unrecognised', () => {
    expect(codes(`sk-proj-${randomString(150)}`)).toEqual(['unrecognised_format']);
  });
});

describe('diagnose: junk around the key', () => {
  const key = keys.project164();
  it.each<[string, string, FindingCode[]]>([
    ['a trailing newline', `${key}\n`, ['whitespace']],
    ['a trailing CRLF and leading spaces', `  ${key}\r\n`, ['whitespace']],
    ['a tab', `\t${key}`, ['whitespace']],
    ['double quotes', `"${key}"`, ['quotes']],
    ['single quotes', `'${key}'`, ['quotes']],
    ['backticks', `\`${key}\``, ['quotes']],
    ['curly quotes', `“${key}”`, ['quotes']],
    ['a quote and comma from code', `"${key}",`, ['quotes']],
    ['Bearer', `Bearer ${key}`, ['label_prefix']],
    ['an Authorization header', `Authorization: Bearer ${key}`, ['label_prefix']],
    ['an env assignment', `OPENAI_API_KEY=${key}`, ['label_prefix']],
    ['an exported quoted env assignment with newline', `export OPENAI_API_KEY="${key}"\n`, ['quotes', 'label_prefix', 'whitespace']],
    ['a JSON property', `"OPENAI_API_KEY": "${key}",`, ['quotes', 'label_prefix']],
    ['a zero-width space inside', `${key.slice(0, 40)}\u200b${key.slice(40)}`, ['invisible_characters']],
    ['a byte order mark', `\ufeff${key}`, ['invisible_characters']],
    ['a trailing non-breaking space', `${key}\u00a0`, ['invisible_characters']],
    ['a soft hyphen', `${key.slice(0, 20)}\u00ad${key.slice(20)}`, ['invisible_characters']],
    ['a line break in the middle', `${key.slice(0, 80)}\n${key.slice(80)}`, ['inner_whitespace']],
    ['a sentence around it', `here is my key ${key} thanks`, ['surrounding_text']],
  ])('cleans %s and recovers the key', (_name, raw, expected) => {
    const { candidate, report } = diagnose(raw);
    expect(candidate).toBe(key);
    expect(report.kind).toBe('project');
    expect(new Set(report.findings.map((f) => f.code))).toEqual(new Set([...expected, 'key_kind']));
    expect(report.checkable).toBe(true);
    expect(report.mask).toMatch(/^sk-proj-.{4}….{4}$/);
  });

  it('names the invisible characters it found', () => {
    const message = english(diagnose(`\u200b${key}\ufeff`).report.findings[0]?.message);
    expect(message).toContain('2 invisible characters');
    expect(message).toContain('zero-width space');
    expect(message).toContain('byte order mark');
  });

  it('describes where the whitespace was', () => {
    expect(english(diagnose(`${key}\n`).report.findings[0]?.message)).toContain('a line break at the end');
  });
});

describe('diagnose: damaged keys', () => {
  it('finds lookalike letters and dashes and does not call the key checkable', () => {
    const key = keys.project56();
    const cyrillic = `${key.slice(0, 20)}\u0430${key.slice(21)}`;
    const dashed = `sk\u2013proj-${key.slice(8)}`;
    expect(codes(cyrillic)).toContain('lookalike_characters');
    expect(english(diagnose(cyrillic).report.findings[0]?.message)).toContain('Cyrillic а');
    expect(diagnose(dashed).candidate).toBe(key);
    expect(english(diagnose(dashed).report.findings[0]?.message)).toContain('en dash');
    expect(diagnose(dashed).report.checkable).toBe(false);
  });

  it.each(['sk-proj-...abcd', 'sk-****abcd', 'sk-abc***...***wxyz', 'sk-proj-********…Ab12', 'sk-proj-••••wxyz'])(
    'recognises the masked form %s',
    (raw) => {
      const { report } = diagnose(raw);
      expect(report.kind).toBe('masked');
      expect(report.findings[0]?.code).toBe('masked_key');
      expect(english(report.findings[0]?.fix)).toContain('create a new key');
    },
  );

  it('says how much of a cut key is missing', () => {
    const key = keys.project164();
    const { report } = diagnose(key.slice(0, -10));
    expect(report.findings[0]?.code).toBe('truncated');
    expect(english(report.findings[0]?.message)).toContain('ends 10 characters early');
    expect(report.checkable).toBe(false);
  });

  it('explains a key cut by a 51-character field before its marker', () => {
    const { report } = diagnose(keys.project164().slice(0, 51));
    expect(report.findings[0]?.code).toBe('truncated');
    expect(english(report.findings[0]?.message)).toContain('it has 51 characters');
  });

  it('treats a bare prefix as truncated', () => {
    expect(codes('sk-proj-')).toEqual(['truncated']);
    expect(codes('sk-')).toEqual(['truncated']);
  });

  it('counts extra characters after a complete key', () => {
    const { report } = diagnose(`${keys.project56()}abc`);
    expect(report.findings[0]?.code).toBe('extra_characters');
    expect(english(report.findings[0]?.message)).toContain('3 extra characters');
  });

  it('tells a key pasted twice from two keys run together', () => {
    const a = keys.project164();
    const b = keys.legacy();
    expect(diagnose(a + a).candidate).toBe(a);
    expect(english(diagnose(a + a).report.findings[0]?.message)).toContain('pasted twice');
    expect(diagnose(a + b).candidate).toBe(a);
    expect(english(diagnose(a + b).report.findings[0]?.message)).toContain('Two different keys');
  });

  it('rejects characters that cannot be in a key', () => {
    const key = keys.project56();
    expect(english(diagnose(`${key.slice(0, 30)}é${key.slice(31)}`).report.findings[0]?.message)).toMatch(/Character 31 is “é” \(U\+00E9\)/);
    expect(diagnose(`${key.slice(0, 30)}$${key.slice(31)}`).report.findings[0]?.code).toBe('unexpected_characters');
  });
});

describe('diagnose: not an OpenAI secret key', () => {
  it('lets the sk- + 48 family warn, but never sends it to OpenAI', () => {
    const { report } = diagnose(keys.relay());
    expect(report.kind).toBe('relay');
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['relay_key', 'warning']]);
    expect(report.checkable).toBe(false);
  });

  it.each(['hello', 'my password 123', 'https://platform.openai.com/api-keys'])('says %s is not a key', (raw) => {
    expect(diagnose(raw).report.findings.at(-1)?.code).toMatch(/not_a_key_shape|unexpected_characters/);
    expect(diagnose(raw).report.checkable).toBe(false);
  });

  it('reports empty and whitespace-only pastes', () => {
    expect(codes('')).toEqual(['empty']);
    expect(codes('  \n')).toEqual(['empty', 'whitespace']);
  });

  it('reports a huge paste without analysing it', () => {
    const { report, candidate } = diagnose('x'.repeat(10_000));
    expect(report.findings.map((f) => f.code)).toEqual(['too_long']);
    expect(english(report.findings[0]?.message)).toContain('10,000 characters');
    expect(candidate).toBe('');
  });
});
