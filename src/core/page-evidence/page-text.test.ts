import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers, openaiEcho } from '../../../test/openai-bodies';
import { MAX_EVIDENCE_TEXT, type PageSignal, readEcho, readPageText } from './page-text';

const messageOf = (answer: { body: string }) => (JSON.parse(answer.body) as { error: { message: string } }).error.message;
const key = keys.project164();

/** What an app shows when OpenAI answers so (openai-facts.md §4): each catalogue row's own message, as the app would print it. */
const SHOWN: [string, string, PageSignal][] = [
  ['401 invalid_api_key', messageOf(answers.invalid(key)), 'invalid_key'],
  ['401 missing bearer', messageOf(answers.missingBearer()), 'no_key'],
  ['429 insufficient_quota', messageOf(answers.noCredit()), 'quota'],
  ['429 billing_not_active', messageOf(answers.billingNotActive()), 'quota'],
  ['404 model not open to the project', messageOf(answers.modelNotFound()), 'model_access'],
  ['403 organization must be verified', messageOf(answers.organizationNotVerified()), 'verification'],
  ['401 incorrect_hostname', messageOf(answers.incorrectHostname()), 'regional_host'],
  ['401 mismatched_organization', messageOf(answers.mismatchedOrganization()), 'organization'],
  ['401 no such organization', messageOf(answers.noSuchOrganization()), 'organization'],
  ['401 mismatched_project', messageOf(answers.mismatchedProject()), 'project'],
  ['the site’s own check', 'Invalid API key format. Please enter a valid key.', 'site_refused'],
  ['the site’s own check, reworded', 'This is not a valid OpenAI API key.', 'site_refused'],
];

describe('readPageText: what an app shows after it called OpenAI, or its own refusal', () => {
  for (const [what, text, signal] of SHOWN) {
    it(`${what}: ${signal}`, () => {
      expect(readPageText(`Error: ${text}`)?.signal).toBe(signal);
      // Wrapped as apps print it: inside the JSON body, with line breaks and indentation.
      expect(readPageText(`{\n  "error": {\n    "message": ${JSON.stringify(text)}\n  }\n}`)?.signal).toBe(signal);
    });
  }

  it('says nothing about ordinary text, or OpenAI answers that are not about the key or the setup', () => {
    for (const text of ['Settings saved.', 'Welcome back!', 'Enter your API key to start', messageOf(answers.rateLimited()), messageOf(answers.serverError())]) {
      expect(readPageText(text)).toBeUndefined();
    }
  });

  it('quotes only masks of keys: a page that prints a whole key next to its error does not get it quoted', () => {
    const evidence = readPageText(`Invalid API key: ${key} was rejected`);
    expect(evidence?.signal).toBe('site_refused');
    expect(evidence?.quote).not.toContain(key.slice(12, 40));
  });

  it('reads a text repeated 10,000 times in bounded time, from its start only', () => {
    const huge = `Incorrect API key provided: ${openaiEcho(key)}. `.repeat(10_000);
    const started = performance.now();
    const evidence = readPageText(huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(evidence?.quote.length).toBeLessThanOrEqual(200);
    expect(MAX_EVIDENCE_TEXT).toBeLessThan(huge.length);
  });
});

describe('readEcho: what an error text keeps of the key that was sent', () => {
  it('OpenAI’s 2026 mask keeps the start, the last four and the length (§2)', () => {
    expect(readEcho(openaiEcho(key))).toEqual({ head: key.slice(0, 8), last4: key.slice(-4), length: 164 });
  });

  it('the older catalogue form keeps start and end, not the length', () => {
    expect(readEcho('sk-proj-****…****abcd.')).toEqual({ head: 'sk-proj-', last4: 'abcd', length: null });
  });

  it('a mask the app sent comes back in clear (12 characters or fewer): no key was sent', () => {
    expect(readEcho('sk-…wxyz')).toEqual({ head: 'sk-', last4: 'wxyz', length: null, sentMask: true });
  });

  it('a short input comes back in clear, with its length', () => {
    expect(readEcho('sk-abc')).toEqual({ head: 'sk-abc', last4: '-abc', length: 6 });
  });
});
