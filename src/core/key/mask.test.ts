import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { fingerprint } from './fingerprint';
import { lastFour, mask } from './mask';
import { sha256Hex } from './sha256';

describe('mask', () => {
  it('shows the public prefix, 4 characters and the last 4', () => {
    const key = keys.project164();
    expect(mask(key)).toBe(`sk-proj-${key.slice(8, 12)}…${key.slice(-4)}`);
    expect(mask(keys.legacy())).toMatch(/^sk-.{4}….{4}$/);
    expect(mask(keys.serviceAccount())).toMatch(/^sk-svcacct-.….{4}$/);
  });

  it('shows only the length of short strings', () => {
    expect(mask('sk-abc')).toBe('sk-… (6 characters)');
    expect(mask('hunter2')).toBe('… (7 characters)');
    expect(mask('')).toBe('');
  });

  it('gives the last four', () => {
    expect(lastFour('sk-proj-xyzABCD')).toBe('ABCD');
  });
});

describe('sha256 and fingerprint', () => {
  it('matches node:crypto for any text, including astral and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('depends on the salt and never contains the key', () => {
    const key = keys.project164();
    const a = fingerprint(key, 'salt-one-0123456789');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(fingerprint(key, 'salt-two-0123456789'));
    expect(a).toBe(fingerprint(key, 'salt-one-0123456789'));
    expect(() => fingerprint(key, 'short')).toThrow();
  });
});
