// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { english } from '../../test/words';
import { said } from '../core/said';
import { answers } from '../../test/openai-bodies';
import { diagnose } from '../core/key';
import { classifyAnswer } from '../core/verify/classify-answer';
import { ROUTES } from '../shared/messages';
import { ANSWER_GUARDS } from './ask-worker';
import { renderWarning } from './warning/view';

vi.mock('../shared/browser-api/runtime', () => ({ sendMessage: vi.fn() }));

const reports = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(keys.project164(), `"${keys.legacy()}"`, keys.anthropic())).map((text) => diagnose(text).report);
const verdicts = fc.oneof(
  // Every answer OpenAI gives, each made with its default arguments (an invalid key's echo of a real-shaped key).
  fc.constantFrom(...Object.entries(answers).map(([name, make]) => (make as (arg?: string) => { status: number; body: string })(name === 'invalid' ? keys.project164() : undefined))),
  fc.record({ status: fc.integer({ min: 100, max: 599 }), body: fc.string({ maxLength: 200 }) }),
).map(({ status, body }) => classifyAnswer({ kind: 'response', status, headers: {}, body }));

/** Lines beside a verdict: the worker's words, with text from elsewhere (a status page's names) in their values. */
const notes = fc.array(
  fc.array(fc.oneof(
    fc.constantFrom(said('credit_note_none'), said('v_plus_not_api'), said('step_openai_no_problems')),
    fc.record({ name: fc.string({ maxLength: 60 }), status: fc.string({ maxLength: 20 }) }).map((values) => said('status_component', values)),
  ), { maxLength: 3 }),
  { maxLength: 3 },
);

const valid = {
  'field/check': fc.oneof(fc.constant({ silent: true as const }), fc.record({ report: reports, check: fc.constantFrom('now' as const, 'offer' as const, 'no' as const), offer: fc.stringMatching(/^[0-9a-f]{32}$/) }, { requiredKeys: ['report', 'check'] })),
  'key/verify': fc.oneof(
    fc.record({ verdict: verdicts, cached: fc.boolean(), notes }),
    fc.record({ verdict: verdicts, cached: fc.boolean(), notes: fc.constant([]), report: reports }),
    fc.constant({ throttled: true as const }),
    fc.constant({ notCheckable: true as const }),
  ),
  'page/evidence': fc.oneof(fc.constant({ none: true as const }), fc.record({ report: reports })),
  'worker/wake': fc.constant({ ok: true as const }),
  'warning/load': fc.constant({ ok: true as const }),
  'warning/tampered': fc.constant({ ok: true as const }),
};

describe('the content script’s answer guards, fuzzed against the routes’ zod schemas', () => {
  for (const type of Object.keys(ANSWER_GUARDS) as (keyof typeof ANSWER_GUARDS)[]) {
    it(`${type}: accepts every answer the schema accepts`, () => {
      fc.assert(fc.property(valid[type], (answer) => {
        expect(ROUTES[type].response.safeParse(answer).success).toBe(true);
        expect(ANSWER_GUARDS[type](answer)).toBe(true);
      }), { numRuns: 200 });
    });

    it(`${type}: what it accepts of anything at all renders without throwing`, () => {
      fc.assert(fc.property(fc.anything({ maxDepth: 4 }), (junk) => {
        if (!ANSWER_GUARDS[type](junk)) return;
        if ((type === 'field/check' || type === 'page/evidence') && 'report' in (junk as object)) renderWarning({ report: (junk as unknown as { report: never }).report, onDismiss: () => undefined });
        if (type === 'key/verify' && 'verdict' in (junk as object)) {
          renderWarning({ report: diagnose(keys.project164()).report, verification: { state: 'done', result: junk as never }, onDismiss: () => undefined });
        }
      }), { numRuns: 300 });
    });
  }

  it('key/verify: an answer with junk in its evidence is refused or renders', () => {
    const junk = fc.jsonValue({ maxDepth: 2 });
    const mangled = fc.tuple(verdicts, fc.record({ host: junk, status: junk, code: junk, requestId: junk, message: junk, note: junk })).map(([verdict, evidence]) => ({
      verdict: { ...verdict, evidence },
      cached: false,
      notes: [],
    }));
    fc.assert(fc.property(mangled, (answer) => {
      if (!ANSWER_GUARDS['key/verify'](answer)) return;
      const card = renderWarning({ report: diagnose(keys.project164()).report, verification: { state: 'done', result: answer as never }, onDismiss: () => undefined });
      expect(card.textContent).toContain(english(answer.verdict.title));
    }), { numRuns: 200 });
  });

  it('refuses answers of the wrong shape', () => {
    expect(ANSWER_GUARDS['field/check']({ report: { mask: 1 }, check: 'now' })).toBe(false);
    expect(ANSWER_GUARDS['field/check']({ silent: 'yes' })).toBe(false);
    expect(ANSWER_GUARDS['key/verify']({ verdict: { title: 'x' } })).toBe(false);
    const good = { verdict: classifyAnswer({ kind: 'no-response', reason: 'timeout' }), cached: false, notes: [] };
    expect(ANSWER_GUARDS['key/verify'](good)).toBe(true);
    expect(ANSWER_GUARDS['key/verify']({ ...good, notes: [1] })).toBe(false);
    expect(ANSWER_GUARDS['key/verify']({ ...good, notes: ['A sentence written in the worker'] })).toBe(false);
    expect(ANSWER_GUARDS['key/verify']({ ...good, verdict: { ...good.verdict, title: 'Words, not a key' } })).toBe(false);
    expect(ANSWER_GUARDS['key/verify']({ ...good, verdict: { ...good.verdict, title: { key: 'v_live', values: { deep: { key: 'x', values: { x: { toString: 1 } } } } } } })).toBe(false);
    expect(ANSWER_GUARDS['key/verify']({ ...good, verdict: { ...good.verdict, evidence: { ...good.verdict.evidence, note: { toString: [] } } } })).toBe(false);
    expect(ANSWER_GUARDS['worker/wake'](undefined)).toBe(false);
  });
});
