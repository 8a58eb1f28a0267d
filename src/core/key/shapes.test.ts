import { said } from '../said';
import { english, findingsText, kindText } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { NOT_A_KEY_ROWS, OTHER_PROVIDER_ROWS, SECRET_KEY_ROWS } from '../../../test/key-shapes';
import { secretMiddle } from '../../../test/keys';
import { diagnose } from './diagnose';
import { NAMED_SERVICE_ACCOUNT, OPENAI_SHAPES } from './openai-shapes';
import { OTHER_PROVIDERS, providerOfKey } from './providers';

describe('openai-facts.md §1: every secret-key layout', () => {
  it.each(SECRET_KEY_ROWS.map((row) => [row.fact, row] as const))('%s', (_fact, row) => {
    const key = row.make();
    if (row.length !== undefined) expect(key).toHaveLength(row.length);
    const { candidate, report } = diagnose(key);
    expect(candidate).toBe(key);
    expect(report.kind).toBe(row.kind);
    expect(report.mask).not.toContain(secretMiddle(key).slice(0, 6));
    if (row.kind === 'admin') {
      expect(report.findings.map((f) => f.code)).toEqual(['admin_key']);
      expect(report.checkable).toBe(false);
    } else {
      expect(report.findings.map((f) => f.code)).toEqual(['key_kind']);
      expect(english(report.findings[0]?.message)).toContain(`(${key.length} characters)`);
      expect(report.checkable).toBe(true);
    }
  });

  it('has a line for every layout in the core’s table', () => {
    const layouts = [...OPENAI_SHAPES, NAMED_SERVICE_ACCOUNT].flatMap((shape) => shape.layouts.map((l) => `${shape.kind}/${l.segment}`));
    const covered = new Set(SECRET_KEY_ROWS.map((row) => `${row.kind}/${row.segment}`));
    expect(layouts.filter((layout) => !covered.has(layout))).toEqual([]);
  });

  it('reads a cut key of each layout as cut, keeping its kind where the prefix says it', () => {
    for (const row of SECRET_KEY_ROWS) {
      const key = row.make();
      const { report } = diagnose(key.slice(0, -5));
      expect(report.findings.map((f) => f.code), row.fact).toEqual(['truncated']);
      expect(report.checkable, row.fact).toBe(false);
    }
  });
});

describe('openai-facts.md §2: things that are not a secret key', () => {
  it.each(NOT_A_KEY_ROWS.map((row) => [row.fact, row] as const))('%s', (_fact, row) => {
    const text = row.make();
    if (row.length !== undefined) expect(text).toHaveLength(row.length);
    const { report } = diagnose(text);
    expect(report.kind).toBe(row.kind);
    if (row.says) expect(english(report.findings[0]?.message)).toContain(row.says);
    expect(report.worst).toBe('error');
    expect(report.checkable).toBe(false);
  });

  it('calls a JWT a token, not a ChatGPT token the API rejects', () => {
    const message = findingsText(diagnose(NOT_A_KEY_ROWS.find((row) => row.fact.includes('JWT'))?.make() ?? '').report.findings.slice(0, 1));
    expect(message).toContain('a token, not an API key');
    expect(message).toContain('starts with sk-');
    expect(message).not.toMatch(/ChatGPT|rejects/);
  });
});

describe('openai-facts.md §3: other providers’ keys', () => {
  it.each(OTHER_PROVIDER_ROWS.map((row) => [row.fact, row] as const))('%s', (_fact, row) => {
    const key = row.make();
    if (row.length !== undefined) expect(key).toHaveLength(row.length);
    const provider = providerOfKey(key);
    expect(provider?.id).toBe(row.provider);
    const { report } = diagnose(key);
    expect(report.kind).toBe(row.kind);
    const name = provider?.keyName ? english(said(provider.keyName)) : (provider?.name ?? '');
    expect(kindText(report)).toContain(name);
    expect(english(report.findings[0]?.message)).toContain(name);
    // Never sent to OpenAI: another provider's secret is not OpenAI's to see.
    expect(report.checkable).toBe(false);
    expect(report.mask).not.toContain(secretMiddle(key).slice(0, 6));
  });

  it('has a line for every provider in the core’s table', () => {
    const covered = new Set(OTHER_PROVIDER_ROWS.map((row) => row.provider));
    expect(OTHER_PROVIDERS.map((p) => p.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('says the sk- + 48 family is a relay’s or another provider’s key, never a reseller’s', () => {
    const { report } = diagnose(OTHER_PROVIDER_ROWS.find((row) => row.provider === 'sk48')?.make() ?? '');
    const text = `${kindText(report)} ${findingsText(report.findings)}`;
    expect(text).toContain('not an OpenAI key');
    expect(text).toContain('Moonshot, Braintrust');
    expect(text).not.toMatch(/reseller/i);
  });
});
