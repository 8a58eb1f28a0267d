import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { answers } from '../../test/openai-bodies';
import { fakeOpenAI, freshWorker, tabContext } from '../../test/worker-harness';
import type { RequestOf } from '../shared/messages';

vi.mock('../shared/browser-api', () => import('../../test/fake-browser-api'));

const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: ['labelled “OpenAI API key”'] };
const pasted = (value: string): RequestOf<'field/check'> => ({ field, value, valueLength: value.length, pasted: value, trigger: 'paste', maxLength: null });
const verifyRequest = (value: string): RequestOf<'key/verify'> => ({ value, valueLength: value.length });

let handlers: Awaited<ReturnType<typeof freshWorker>>['handlers'];
let memory: Awaited<ReturnType<typeof freshWorker>>['memory'];
beforeEach(async () => {
  ({ handlers, memory } = await freshWorker());
});
afterEach(() => vi.unstubAllGlobals());

async function setAutoCheck(autoCheck: 'auto' | 'ask' | 'never', silentSites: string[] = []) {
  await handlers['settings/set']({ autoCheck, silentSites }, tabContext());
}

describe('the check plan, one decision for both handlers', () => {
  it.each([
    ['auto', 'now'],
    ['ask', 'offer'],
    ['never', 'no'],
  ] as const)('with checks set to %s, a clean key is planned “%s”', async (autoCheck, plan) => {
    await setAutoCheck(autoCheck);
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext())).toMatchObject({ check: plan });
  });

  it('plans “no” for a key that cannot be checked, and the verification refuses it', async () => {
    const openai = fakeOpenAI(() => answers.live());
    const cut = keys.project164().slice(0, 100);
    expect(await handlers['field/check'](pasted(cut), tabContext())).toMatchObject({ check: 'no' });
    expect(await handlers['key/verify'](verifyRequest(cut), tabContext())).toEqual({ notCheckable: true });
    expect(openai.calls).toHaveLength(0);
  });

  it('refuses to verify when the setting says never, whatever the page sends', async () => {
    const openai = fakeOpenAI(() => answers.live());
    await setAutoCheck('never');
    expect(await handlers['key/verify'](verifyRequest(keys.project164()), tabContext())).toEqual({ notCheckable: true });
    expect(openai.calls).toHaveLength(0);
  });

  it('answers only “silent” on a silent site, and keeps nothing', async () => {
    const openai = fakeOpenAI(() => answers.live());
    await setAutoCheck('auto', ['https://quiet.example']);
    const before = JSON.stringify(memory.local);
    expect(before).toContain('quiet.example');
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext('https://quiet.example'))).toEqual({ silent: true });
    expect(await handlers['key/verify'](verifyRequest(keys.project164()), tabContext('https://quiet.example'))).toEqual({ notCheckable: true });
    expect(JSON.stringify(memory.local)).toBe(before);
    expect(memory.session).toEqual({});
    expect(memory.badges.size).toBe(0);
    // The same paste elsewhere is remembered: the assertions above can fail.
    await handlers['field/check'](pasted(keys.project164()), tabContext('https://loud.example'));
    expect(JSON.stringify(memory.local)).not.toBe(before);
    expect(memory.badges.size).toBe(1);
    expect(openai.calls).toHaveLength(0);
  });
});

describe('verification', () => {
  it('coalesces checks of the same key that really overlap: one request, one answer for both', async () => {
    const openai = fakeOpenAI(() => answers.live());
    openai.hold();
    const key = keys.project164();
    const first = handlers['key/verify'](verifyRequest(key), tabContext());
    await openai.requested(1);
    const second = handlers['key/verify'](verifyRequest(key), tabContext('https://other.example', 8));
    openai.release();
    const [a, b] = await Promise.all([first, second]);
    expect(openai.calls).toHaveLength(1);
    expect(a).toMatchObject({ verdict: { kind: 'live' }, cached: false });
    expect(b).toMatchObject({ verdict: { kind: 'live' }, cached: false });
  });

  it('reuses a recent answer from session storage, keyed by a fingerprint, never the key', async () => {
    const openai = fakeOpenAI(() => answers.live());
    const key = keys.project164();
    await handlers['key/verify'](verifyRequest(key), tabContext());
    expect(await handlers['key/verify'](verifyRequest(key), tabContext())).toMatchObject({ cached: true });
    expect(openai.calls).toHaveLength(1);
    expect(Object.keys(memory.session).some((name) => name.startsWith('verdict:'))).toBe(true);
    expect(JSON.stringify(memory.session)).not.toContain(key.slice(12, 30));
  });

  it('throttles a tab after six questions a minute, and other tabs still get answers', async () => {
    const openai = fakeOpenAI(() => answers.live());
    for (let i = 0; i < 6; i++) expect(await handlers['key/verify'](verifyRequest(keys.project164()), tabContext())).toHaveProperty('verdict');
    expect(await handlers['key/verify'](verifyRequest(keys.project164()), tabContext())).toEqual({ throttled: true });
    expect(await handlers['key/verify'](verifyRequest(keys.project164()), tabContext('https://other.example', 9))).toHaveProperty('verdict');
    expect(openai.calls).toHaveLength(7);
  });

  it('confirms a residency key at the host OpenAI names, and nowhere else', async () => {
    const openai = fakeOpenAI((url) => (url.startsWith('https://us.') ? answers.live() : answers.incorrectHostname('us.api.openai.com')));
    const result = await handlers['key/verify'](verifyRequest(keys.project164()), tabContext());
    expect(result).toMatchObject({ verdict: { kind: 'wrong_region', works: 'yes' } });
    expect(openai.calls.map((c) => c.url)).toEqual(['https://api.openai.com/v1/models', 'https://us.api.openai.com/v1/models']);
  });
});

describe('hints and site memory', () => {
  const page = { tabId: undefined, frameId: undefined, url: 'chrome-extension://x/options.html', origin: '' };

  it('says which hint a pasted key is, and that another key is none of them', async () => {
    const key = keys.project164();
    expect(await handlers['hints/add']({ value: key, label: 'Work' }, page)).toMatchObject({ problem: null });
    expect(JSON.stringify(memory.local)).toContain('Work');
    expect(JSON.stringify(memory.local)).not.toContain(key.slice(12, 30));
    const same = await handlers['field/check'](pasted(key), tabContext());
    expect('report' in same && same.report.findings.map((f) => f.message)).toContain('This is your key “Work”.');
    const other = await handlers['field/check'](pasted(keys.project164()), tabContext());
    expect('report' in other && other.report.findings.map((f) => f.code)).toContain('hint_none');
  });

  it('notices a different key on the same site, not on another site', async () => {
    await handlers['field/check'](pasted(keys.project164()), tabContext('https://a.example'));
    const second = await handlers['field/check'](pasted(keys.project164()), tabContext('https://a.example'));
    expect('report' in second && second.report.findings.map((f) => f.code)).toContain('site_key_changed');
    const elsewhere = await handlers['field/check'](pasted(keys.project164()), tabContext('https://b.example'));
    expect('report' in elsewhere && elsewhere.report.findings.map((f) => f.code)).not.toContain('site_key_changed');
  });

  it('shows the popup everything in one view: tab state, hint count, consent, history', async () => {
    await setAutoCheck('auto');
    await handlers['settings/set']({ statusChecks: false }, page);
    await handlers['field/check'](pasted(keys.project164()), tabContext());
    const view = await handlers['popup/view']({ tabId: 7, origin: 'https://chat.example' }, page);
    expect(view).toMatchObject({ hintCount: 0, creditConsent: false, status: 'off', history: [{ worst: 'info' }] });
    expect(view.state?.field.label).toBe('OpenAI API key');
  });
});
