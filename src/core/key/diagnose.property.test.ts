import { english } from '../../../test/words';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeyShape, keys, secretMiddle } from '../../../test/keys';
import { diagnose } from './diagnose';

const shapes = Object.keys(keys) as KeyShape[];
/** Runs are bounded and so is the time: a loaded 2-core machine must not turn a property into a flaky timeout. */
const BOUND_MS = 30_000;
const junk = fc.string({ unit: 'binary', maxLength: 40 });

describe('diagnose: properties', () => {
  it('never throws and always explains itself, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 6000 }), (raw) => {
        const { report } = diagnose(raw);
        expect(report.findings.length).toBeGreaterThan(0);
        for (const f of report.findings) expect(english(f.message).length).toBeGreaterThan(10);
      }),
      { numRuns: 600 },
    );
  }, BOUND_MS);

  it('never puts more of a key than its mask into the report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), junk, junk, (shape, before, after) => {
        const key = keys[shape]();
        const shown = JSON.stringify(diagnose(before + key + after).report);
        const middle = secretMiddle(key);
        for (let i = 0; i + 8 <= middle.length; i++) expect(shown).not.toContain(middle.slice(i, i + 8));
      }),
      { numRuns: 1000 },
    );
  }, BOUND_MS);

  it('keeps the mask to the public prefix, 4 more characters and the last 4', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), (shape) => {
        const key = keys[shape]();
        const { report } = diagnose(key);
        const [head = '', tail = ''] = report.mask.split('…');
        expect(key.startsWith(head)).toBe(true);
        expect(head.length).toBeLessThanOrEqual(Math.max(12, head.indexOf('_') + 1, head.lastIndexOf('-') + 1));
        expect(tail).toBe(key.slice(-4));
      }),
    );
  });

  it('answers at once for 1 MB of arbitrary Unicode, with a clear message', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', minLength: 1000, maxLength: 2000 }), { minLength: 1, maxLength: 4 }), (chunks) => {
        let raw = chunks.join('');
        while (raw.length < 1 << 20) raw += raw;
        const { report, candidate } = diagnose(raw);
        expect(report.findings.map((f) => f.code)).toEqual(['too_long']);
        expect(candidate).toBe('');
      }),
      { numRuns: 20 },
    );
  }, BOUND_MS);

  it('does bounded work on adversarial inputs just under the analysis limit', () => {
    const adversarial = [
      'Bearer '.repeat(585),
      '"'.repeat(4096),
      `sk-${'T3BlbkF'.repeat(584)}`,
      `sk-proj-${'a'.repeat(4000)}`,
      ' \u200b'.repeat(2048),
      'sk- '.repeat(1024),
      'OPENAI_API_KEY='.repeat(273),
      `${'sk-proj-'.repeat(500)}T3BlbkFJ`,
    ];
    const started = performance.now();
    for (const raw of adversarial) expect(diagnose(raw).report.findings.length).toBeGreaterThan(0);
    // A guard against quadratic or exponential work, not a performance target: real runs take a few ms.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
