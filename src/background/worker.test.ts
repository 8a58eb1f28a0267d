import { said } from '../core/said';
import { english } from '../../test/words';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { answers } from '../../test/openai-bodies';
import { fakeOpenAI, freshWorker, tabContext } from '../../test/worker-harness';
import type { RequestOf } from '../shared/messages';
import { DEFAULT_SETTINGS } from '../shared/settings';

vi.mock('../shared/browser-api', () => import('../../test/fake-browser-api'));

const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: [said('field_why_labelled', { label: 'OpenAI API key' })] };
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

  it('asks first until the person has chosen a mode, whatever the stored mode says', async () => {
    await handlers['settings/get']({}, tabContext());
    memory.local.settings = { ...DEFAULT_SETTINGS, autoCheck: 'auto', checkModeChosen: false };
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext())).toMatchObject({ check: 'offer' });
    // Choosing a mode (the welcome page, the settings) answers the question.
    expect(await handlers['settings/set']({ autoCheck: 'auto' }, tabContext())).toMatchObject({ checkModeChosen: true });
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext())).toMatchObject({ check: 'now' });
    // A stored "never" (chosen before the question existed, or imported) is kept: unanswered is never louder than it.
    memory.local.settings = { ...DEFAULT_SETTINGS, autoCheck: 'never', checkModeChosen: false };
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext())).toMatchObject({ check: 'no' });
    // Other settings do not.
    memory.local.settings = { ...DEFAULT_SETTINGS, checkModeChosen: false };
    expect(await handlers['settings/set']({ statusChecks: false }, tabContext())).toMatchObject({ checkModeChosen: false });
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

  it('enforces “ask me first” itself: a verification runs only with the token it offered for that key, once', async () => {
    const openai = fakeOpenAI(() => answers.live());
    await setAutoCheck('ask');
    const [key, other] = [keys.project164(), keys.project164()];
    const answer = await handlers['field/check'](pasted(key), tabContext());
    const offer = 'offer' in answer ? answer.offer : undefined;
    expect(offer).toMatch(/^[0-9a-f]{32}$/);
    // Without the token, with a made-up one, for another key, or on another tab: refused, nothing sent.
    expect(await handlers['key/verify'](verifyRequest(key), tabContext())).toEqual({ notCheckable: true });
    expect(await handlers['key/verify']({ ...verifyRequest(key), offer: '0'.repeat(32) }, tabContext())).toEqual({ notCheckable: true });
    expect(await handlers['key/verify']({ ...verifyRequest(other), offer }, tabContext())).toEqual({ notCheckable: true });
    expect(await handlers['key/verify']({ ...verifyRequest(key), offer }, tabContext('https://chat.example', 9))).toEqual({ notCheckable: true });
    expect(openai.calls).toHaveLength(0);
    // The offered check, once.
    expect(await handlers['key/verify']({ ...verifyRequest(key), offer }, tabContext())).toHaveProperty('verdict');
    expect(await handlers['key/verify']({ ...verifyRequest(key), offer }, tabContext())).toEqual({ notCheckable: true });
    expect(openai.calls).toHaveLength(1);
  });

  it('keeps a silenced site silent in every frame of its pages, whatever the frame’s own origin', async () => {
    await setAutoCheck('auto', ['https://quiet.example']);
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext('https://widget.example', 7, 'https://quiet.example'))).toEqual({ silent: true });
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext('', 7, 'https://quiet.example'))).toEqual({ silent: true });
    expect(await handlers['field/check'](pasted(keys.project164()), tabContext('https://widget.example', 8, 'https://loud.example'))).toHaveProperty('report');
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

  it('refuses a tab that checks fields or wakes the worker more often than a person could; other tabs go on', async () => {
    for (let i = 0; i < 30; i++) await handlers['field/check'](pasted('sk-'), tabContext());
    await expect(handlers['field/check'](pasted('sk-'), tabContext())).rejects.toThrow('too many');
    await expect(handlers['field/check'](pasted('sk-'), tabContext('https://chat.example', 9))).resolves.toHaveProperty('report');
    for (let i = 0; i < 20; i++) await handlers['worker/wake']({}, tabContext());
    await expect(handlers['worker/wake']({}, tabContext())).rejects.toThrow('too many');
  });

  it('confirms a residency key at the host OpenAI names, and nowhere else', async () => {
    const openai = fakeOpenAI((url) => (url.startsWith('https://us.') ? answers.live() : answers.incorrectHostname('us.api.openai.com')));
    const result = await handlers['key/verify'](verifyRequest(keys.project164()), tabContext());
    expect(result).toMatchObject({ verdict: { kind: 'wrong_region', works: 'yes' } });
    expect(openai.calls.map((c) => c.url)).toEqual(['https://api.openai.com/v1/models', 'https://us.api.openai.com/v1/models']);
  });
});

describe('hints and site memory', () => {
  const page = { tabId: undefined, frameId: undefined, url: 'chrome-extension://x/options.html', origin: '', topOrigin: '' };

  it('says which hint a pasted key is, and that another key is none of them — to the popup, never to the page', async () => {
    const key = keys.project164();
    expect(await handlers['hints/add']({ value: key, label: 'Work' }, page)).toMatchObject({ problem: null });
    expect(JSON.stringify(memory.local)).toContain('Work');
    expect(JSON.stringify(memory.local)).not.toContain(key.slice(12, 30));
    const popupFindings = async (tabId: number) => (await handlers['popup/view']({ tabId, origin: '' }, page)).state?.report.findings.map((f) => english(f.message)) ?? [];
    const same = await handlers['field/check'](pasted(key), tabContext('https://a.example', 7));
    await vi.waitFor(async () => expect(await popupFindings(7)).toContain('This is your key “Work”.'));
    const other = await handlers['field/check'](pasted(keys.project164()), tabContext('https://b.example', 8));
    await vi.waitFor(async () => expect((await popupFindings(8)).join(' ')).toContain('does not match your saved key hint'));
    // The page's answers are the same for a hinted key and another: nothing to read, nothing to measure.
    for (const answer of [same, other]) expect(JSON.stringify(answer)).not.toMatch(/Work|hint/);
    expect('report' in same && 'report' in other && [same.report.worst, same.report.findings.length]).toEqual(['report' in other && other.report.worst, 'report' in other && other.report.findings.length]);
  });

  it('keeps every change made together: a label, a note, a move and a paste on another site', async () => {
    await handlers['hints/add']({ value: keys.project164(), label: 'Work' }, page);
    const { hints } = await handlers['hints/add']({ value: keys.legacy(), label: 'Home' }, page);
    const [work, home] = hints.map((hint) => hint.id);
    if (!work || !home) throw new Error('two hints expected');
    await Promise.all([
      handlers['hints/update']({ id: work, label: 'Work – Marketing' }, page),
      handlers['hints/update']({ id: home, note: 'personal org' }, page),
      handlers['hints/move']({ id: home, by: -1 }, page),
      handlers['field/check'](pasted(keys.project164()), tabContext('https://a.example', 7)),
      handlers['field/check'](pasted(keys.project164()), tabContext('https://b.example', 8)),
    ]);
    const stored = await handlers['hints/list']({}, page);
    expect(stored.hints.map(({ label, note }) => [label, note])).toEqual([['Home', 'personal org'], ['Work – Marketing', '']]);
    expect(Object.keys(memory.local.sites as object).toSorted()).toEqual(['https://a.example', 'https://b.example']);
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

  it('lists each key once per turn in the site’s history, with OpenAI’s answer kept', async () => {
    fakeOpenAI(() => answers.live());
    const [first, second] = [keys.project164(), keys.serviceAccount()];
    await handlers['field/check'](pasted(first), tabContext());
    await handlers['key/verify'](verifyRequest(first), tabContext());
    // The site's turn reads the same key again, then a second key is pasted: two entries, the answer kept.
    await handlers['field/check'](pasted(first), tabContext());
    await handlers['field/check'](pasted(second), tabContext());
    await vi.waitFor(async () => {
      const { history } = await handlers['popup/view']({ tabId: 7, origin: 'https://chat.example' }, page);
      expect(history.map((entry) => [entry.mask.slice(-4), entry.verdict?.works ?? null])).toEqual([[second.slice(-4), null], [first.slice(-4), 'yes']]);
    });
  });
});
