import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers, type MockAnswer, openaiEcho, REQUEST_ID, REQUEST_UUID, requestIdFor } from '../../../test/openai-bodies';
import { mask } from '../key';
import { classifyAnswer } from './classify-answer';
import type { ProbeOutcome } from './outcome';
import { redact } from './redact';

const respond = ({ status, body }: MockAnswer, headers: Record<string, string> = { 'x-request-id': requestIdFor(status) }): ProbeOutcome => ({
  kind: 'response', status, headers, body,
});

describe('classify: every answer in the error catalogue', () => {
  it.each([
    ['live', answers.live(), 'yes'],
    ['invalid', answers.invalid(keys.project164()), 'no'],
    ['deactivated', answers.deactivated(), 'no'],
    ['no_organization', answers.noOrganization(), 'no'],
    ['wrong_organization', answers.mismatchedOrganization(), 'yes'],
    ['wrong_organization', answers.noSuchOrganization(), 'yes'],
    ['wrong_project', answers.mismatchedProject(), 'yes'],
    ['restricted', answers.restricted(), 'yes'],
    ['ip_not_allowed', answers.ipNotAllowed('ip_not_authorized'), 'yes'],
    ['ip_not_allowed', answers.ipNotAllowed(null), 'yes'],
    ['wrong_region', answers.incorrectHostname(), 'unknown'],
    ['region_blocked', answers.regionBlocked(), 'unknown'],
    ['no_credit', answers.noCredit(), 'yes'],
    ['billing_inactive', answers.billingNotActive(), 'yes'],
    ['rate_limited', answers.rateLimited(), 'yes'],
    ['outage', answers.serverError(), 'unknown'],
    ['outage', answers.overloaded(), 'unknown'],
    ['outage', answers.badGateway(), 'unknown'],
  ] as const)('%s', (kind, answer, works) => {
    const verdict = classifyAnswer(respond(answer));
    expect(verdict.kind).toBe(kind);
    expect(verdict.works).toBe(works);
    expect(verdict.evidence.status).toBe(answer.status);
    expect(verdict.evidence.requestId).toBe(requestIdFor(answer.status));
    expect(verdict.evidence.host).toBe('api.openai.com');
    expect(english(verdict.title).length).toBeGreaterThan(10);
    expect(english(verdict.advice).length).toBeGreaterThan(10);
  });

  it('keeps OpenAI’s code, type and message as evidence', () => {
    const { evidence } = classifyAnswer(respond(answers.noCredit()));
    expect(evidence).toMatchObject({ code: 'insufficient_quota', type: 'insufficient_quota' });
    expect(evidence.message).toMatch(/^You exceeded your current quota/);
  });

  it('reads the restricted-key body where error is a plain string', () => {
    expect(classifyAnswer(respond(answers.restricted())).evidence.message).toContain('Missing scopes: api.model.read');
  });

  it.each(['credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded', 'organization_usage_limit_exceeded'])(
    'treats the billing code %s as no credit',
    (code) => {
      const body = JSON.stringify({ error: { message: 'Budget reached.', type: 'invalid_request_error', param: null, code } });
      expect(classifyAnswer({ kind: 'response', status: 429, headers: {}, body }).kind).toBe('no_credit');
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
    ['a project without the model (not asked by the probe)', { kind: 'response', status: 403, headers: {}, body: answers.modelNotFound().body }],
    ['an unverified organization (not asked by the probe)', { kind: 'response', status: 400, headers: {}, body: answers.organizationNotVerified().body }],
    ['Azure’s “invalid subscription key” (another service)', { kind: 'response', status: 401, headers: {}, body: answers.azureDenied().body }],
    ['a captive portal’s 200 page', { kind: 'response', status: 200, headers: {}, body: '<html><body>Sign in to hotel Wi-Fi</body></html>' }],
    ['a 200 with JSON that is not a model list', { kind: 'response', status: 200, headers: {}, body: '{"ok":true}' }],
    ['an odd status', { kind: 'response', status: 418, headers: {}, body: 'teapot' }],
    ['a gateway timeout', { kind: 'response', status: 504, headers: {}, body: '' }],
    ['a request timeout', { kind: 'response', status: 408, headers: {}, body: '' }],
  ])('%s is not invalid, and the key is not blamed', (_name, outcome) => {
    const verdict = classifyAnswer(outcome);
    expect(verdict.kind).not.toBe('invalid');
    expect(unknownKinds.has(verdict.kind)).toBe(true);
    expect(verdict.works).toBe('unknown');
  });

  it('says why there was no answer', () => {
    expect(english(classifyAnswer({ kind: 'no-response', reason: 'timeout' }).evidence.note)).toBe('no answer in time');
    expect(english(classifyAnswer(respond(answers.badGateway())).evidence.note)).toBe('an HTML error page');
  });

  it('keeps request ids in both of OpenAI’s forms', () => {
    expect(classifyAnswer(respond(answers.invalid(keys.project164()))).evidence.requestId).toBe(REQUEST_UUID);
    expect(classifyAnswer(respond(answers.live())).evidence.requestId).toBe(REQUEST_ID);
    expect(classifyAnswer(respond(answers.restricted(), { 'x-request-id': REQUEST_UUID.toUpperCase() })).evidence.requestId).toBe(REQUEST_UUID.toUpperCase());
  });

  it.each(['<script>', 'req_not-hex', `req_${'a'.repeat(10_000)}`, 'x'.repeat(10_000), `${REQUEST_UUID}x`])('ignores a request id that is not one: %s', (id) => {
    const verdict = classifyAnswer(respond(answers.invalid(keys.project164()), { 'x-request-id': id }));
    expect(verdict.kind).toBe('invalid');
    expect(verdict.evidence.requestId).toBeNull();
  });
});

describe('redact', () => {
  it('replaces the key by its mask wherever it appears', () => {
    const key = keys.project164();
    const text = redact(`Incorrect API key provided: ${key}. Again: ${key}`, key);
    expect(text).not.toContain(key.slice(12, 40));
    expect(text).toContain(`${key.slice(0, 12)}…${key.slice(-4)}`);
  });

  it.each([['project164', keys.project164()], ['legacy', keys.legacy()], ['serviceAccount', keys.serviceAccount()]])(
    'turns OpenAI’s length-preserving mask of a %s key into Key Doctor’s',
    (_kind, key) => {
      const message = JSON.parse(answers.invalid(key).body).error.message as string;
      expect(message).toContain('*'.repeat(key.length - 12));
      const text = redact(message, key);
      expect(text).toBe(`Incorrect API key provided: ${mask(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`);
      expect(text).not.toContain('***');
    },
  );

  it('masks a short input that OpenAI echoes in clear, as a whole word only', () => {
    expect(openaiEcho('sk-abc123')).toBe('sk-abc123');
    const message = JSON.parse(answers.invalid('sk-abc123').body).error.message as string;
    expect(redact(message, 'sk-abc123')).toBe('Incorrect API key provided: sk-… (9 characters). You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(redact('abc abcd xabc', 'abc')).toBe('… (3 characters) abcd xabc');
  });

  it('shortens another key’s echo so its length is not shown', () => {
    const other = keys.project164();
    expect(redact(`Incorrect API key provided: ${openaiEcho(other)}.`, keys.project164())).toBe(`Incorrect API key provided: sk-proj-…${other.slice(-4)}.`);
  });
});
