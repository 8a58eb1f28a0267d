import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers, type MockAnswer, REQUEST_ID } from '../../../test/openai-bodies';
import { classify } from './classify';
import type { ProbeOutcome } from './outcome';
import { redact } from './redact';

const respond = ({ status, body }: MockAnswer, headers: Record<string, string> = { 'x-request-id': REQUEST_ID }): ProbeOutcome => ({
  kind: 'response', status, headers, body,
});

describe('classify: every answer in the error catalogue', () => {
  it.each([
    ['live', answers.live(), 'yes'],
    ['invalid', answers.invalid('sk-proj-********************abcd'), 'no'],
    ['deactivated', answers.deactivated(), 'no'],
    ['no_organization', answers.noOrganization(), 'no'],
    ['restricted', answers.restricted(), 'yes'],
    ['ip_not_allowed', answers.ipNotAllowed(), 'yes'],
    ['region_blocked', answers.regionBlocked(), 'unknown'],
    ['no_credit', answers.noCredit(), 'yes'],
    ['rate_limited', answers.rateLimited(), 'yes'],
    ['outage', answers.serverError(), 'unknown'],
    ['outage', answers.overloaded(), 'unknown'],
    ['outage', answers.badGateway(), 'unknown'],
  ] as const)('%s', (kind, answer, works) => {
    const verdict = classify(respond(answer));
    expect(verdict.kind).toBe(kind);
    expect(verdict.works).toBe(works);
    expect(verdict.evidence.status).toBe(answer.status);
    expect(verdict.evidence.requestId).toBe(REQUEST_ID);
    expect(verdict.title.length).toBeGreaterThan(10);
    expect(verdict.advice.length).toBeGreaterThan(10);
  });

  it('keeps OpenAI’s code, type and message as evidence', () => {
    const { evidence } = classify(respond(answers.noCredit()));
    expect(evidence).toMatchObject({ code: 'insufficient_quota', type: 'insufficient_quota' });
    expect(evidence.message).toMatch(/^You exceeded your current quota/);
  });

  it('reads the restricted-key body where error is a plain string', () => {
    expect(classify(respond(answers.restricted())).evidence.message).toContain('Missing scopes: api.model.read');
  });

  it.each(['credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded', 'organization_usage_limit_exceeded'])(
    'treats the billing code %s as no credit',
    (code) => {
      const body = JSON.stringify({ error: { message: 'Budget reached.', type: 'invalid_request_error', param: null, code } });
      expect(classify({ kind: 'response', status: 429, headers: {}, body }).kind).toBe('no_credit');
    },
  );
});

describe('classify: never “invalid” unless OpenAI said so', () => {
  const unknownKinds = new Set(['outage', 'unreachable', 'unexpected', 'region_blocked']);
  it.each<[string, ProbeOutcome]>([
    ['a timeout', { kind: 'no-response', reason: 'timeout' }],
    ['an offline device', { kind: 'no-response', reason: 'offline' }],
    ['a failed connection', { kind: 'no-response', reason: 'network' }],
    ['a 503 HTML page', { kind: 'response', status: 503, headers: {}, body: '<!DOCTYPE html><html><body>Service Unavailable</body></html>' }],
    ['a 401 HTML page from a proxy', { kind: 'response', status: 401, headers: {}, body: '<html><body>Proxy authentication required</body></html>' }],
    ['a 403 firewall page', { kind: 'response', status: 403, headers: {}, body: '<html><title>Access denied</title></html>' }],
    ['malformed JSON', { kind: 'response', status: 401, headers: {}, body: '{"error": {"message": "Incorr' }],
    ['an empty 401', { kind: 'response', status: 401, headers: {}, body: '' }],
    ['a 401 with an unknown code', { kind: 'response', status: 401, headers: {}, body: JSON.stringify({ error: { message: 'Something new', type: 'x', code: 'brand_new' } }) }],
    ['“missing bearer” (a proxy dropped the header)', { kind: 'response', status: 401, headers: {}, body: answers.missingBearer().body }],
    ['a captive portal’s 200 page', { kind: 'response', status: 200, headers: {}, body: '<html><body>Sign in to hotel Wi-Fi</body></html>' }],
    ['a 200 with JSON that is not a model list', { kind: 'response', status: 200, headers: {}, body: '{"ok":true}' }],
    ['an odd status', { kind: 'response', status: 418, headers: {}, body: 'teapot' }],
    ['a gateway timeout', { kind: 'response', status: 504, headers: {}, body: '' }],
    ['a request timeout', { kind: 'response', status: 408, headers: {}, body: '' }],
  ])('%s is not invalid, and the key is not blamed', (_name, outcome) => {
    const verdict = classify(outcome);
    expect(verdict.kind).not.toBe('invalid');
    expect(unknownKinds.has(verdict.kind)).toBe(true);
    expect(verdict.works).toBe('unknown');
  });

  it('says why there was no answer', () => {
    expect(classify({ kind: 'no-response', reason: 'timeout' }).evidence.note).toBe('no answer in time');
    expect(classify(respond(answers.badGateway())).evidence.note).toBe('an HTML error page');
  });

  it('ignores a request id that is not one', () => {
    expect(classify(respond(answers.live(), { 'x-request-id': '<script>' })).evidence.requestId).toBeNull();
  });
});

describe('redact', () => {
  it('replaces the key by its mask wherever it appears', () => {
    const key = keys.project164();
    const text = redact(`Incorrect API key provided: ${key}. Again: ${key}`, key);
    expect(text).not.toContain(key.slice(12, 40));
    expect(text).toContain(`${key.slice(0, 12)}…${key.slice(-4)}`);
  });
});
