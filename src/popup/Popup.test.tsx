import { said } from '../core/said';
import { english } from '../../test/words';
// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExtension } from '../../test/fake-extension';
import { keys } from '../../test/keys';
import { answers, REQUEST_UUID } from '../../test/openai-bodies';
import { statusPages } from '../../test/status-bodies';
import { diagnose } from '../core/key';
import { parseStatus } from '../core/status/parse';
import { classifyAnswer } from '../core/verify/classify-answer';
import type { ResponseOf } from '../shared/messages';
import { ExtensionContext } from '../ui/extension';
import { Popup } from './Popup';

const key = keys.project164();
const rejected = { ...classifyAnswer({ kind: 'response', status: 401, headers: { 'x-request-id': REQUEST_UUID }, body: answers.invalid(key).body }) };
const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: [said('field_why_labelled', { label: 'OpenAI API key' })] };

function view(over: Partial<ResponseOf<'popup/view'>> = {}): ResponseOf<'popup/view'> {
  return {
    state: { origin: 'https://chat.example', field, report: diagnose(key).report, at: Date.UTC(2026, 10, 30, 9, 30), verdict: rejected, notes: [] },
    hintCount: 0,
    creditConsent: false,
    status: 'off',
    history: [{ mask: diagnose(key).report.mask, kind: 'project', worst: 'info', verdict: { kind: 'invalid', works: 'no' }, at: Date.UTC(2026, 10, 30, 9, 30) }],
    ...over,
  };
}

async function open(answersFor: Parameters<typeof fakeExtension>[0], tab?: Parameters<typeof fakeExtension>[1], browser?: Parameters<typeof fakeExtension>[2]) {
  const fake = fakeExtension({ 'page/scan': () => ({ fields: [field] }), ...answersFor }, tab, browser);
  await act(async () => {
    render(<ExtensionContext.Provider value={fake.api}><Popup /></ExtensionContext.Provider>, document.body);
  });
  await act(() => new Promise((done) => setTimeout(done, 0)));
  return fake;
}

const region = (name: string) => [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.startsWith(name));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

beforeEach(() => {
  render(null, document.body);
});

describe('the popup in a plain DOM', () => {
  it('opens with one tab query and one view message, and shows the verdict, checklist, history and fields', async () => {
    const { api, asked } = await open({ 'popup/view': () => view() });
    expect(api.activeTab).toHaveBeenCalledTimes(1);
    expect(asked).toEqual([{ type: 'popup/view', payload: { tabId: 5, origin: 'https://chat.example' } }, { type: 'page/scan', payload: { tabId: 5 } }]);
    expect(region('What OpenAI said')?.textContent).toContain(`request ID ${REQUEST_UUID}`);
    expect(document.querySelector('[data-step="exists"]')?.getAttribute('data-state')).toBe('failed');
    expect(document.querySelector('[data-step="openai_up"] .reason')?.textContent).toBe('Status checks are off in the settings.');
    expect(region('Checks on this site')?.textContent).toContain(diagnose(key).report.mask);
    expect(region('Key fields on this page')?.querySelector('h2')?.textContent).toBe('Key fields on this page: 1');
  });

  it('copies the evidence for support, with the key only masked', async () => {
    const { api } = await open({ 'popup/view': () => view() });
    await act(async () => button('Copy details for support').click());
    const copied = String((api.copyText.mock.calls[0] as unknown[] | undefined)?.[0] ?? '');
    expect(copied).toContain(`Request ID: ${REQUEST_UUID}`);
    expect(copied).not.toContain(key.slice(12, 30));
    expect(region('What OpenAI said')?.textContent).toContain('Copied');
  });

  it('runs the checklist’s actions on the tab’s own origin', async () => {
    const { api } = await open({ 'popup/view': () => view() });
    await act(async () => button('Clear this site’s cache').click());
    expect(api.clearSiteCache).toHaveBeenCalledWith('https://chat.example', 5);
    await act(async () => button('Clear this site’s stored data…').click());
    expect(api.clearSiteData).not.toHaveBeenCalled();
    await act(async () => button('Clear stored data and sign out').click());
    expect(api.clearSiteData).toHaveBeenCalledWith('https://chat.example');
  });

  it('where one site’s cache cannot be cleared (Firefox), says so and reloads the page past its cache instead', async () => {
    const { api } = await open({ 'popup/view': () => view() }, undefined, { canClearOneSitesCache: false });
    expect(button('Clear this site’s cache')).toBeUndefined();
    await act(async () => button('Reload this site without its cache').click());
    expect(api.clearSiteCache).toHaveBeenCalledWith('https://chat.example', 5);
    expect(document.body.textContent).toContain('This browser cannot clear one site’s cache alone.');
  });

  it('where access to websites was taken back, says so and asks the browser again on a click', async () => {
    const { api } = await open({ 'popup/view': () => view() }, undefined, { hostAccess: false });
    expect(region('Key Doctor cannot see websites')).toBeDefined();
    await act(async () => button('Allow access to websites').click());
    await act(() => new Promise((done) => setTimeout(done, 0)));
    expect(api.requestHostAccess).toHaveBeenCalledTimes(1);
    expect(region('Key Doctor cannot see websites')).toBeUndefined();
  });

  it('with access to websites, says nothing about it', async () => {
    await open({ 'popup/view': () => view() });
    expect(region('Key Doctor cannot see websites')).toBeUndefined();
  });

  it('starts the check the page offered from its own button, and shows the answer when it comes', async () => {
    const offer = { token: 'a'.repeat(32), fingerprint: 'f'.repeat(64), at: Date.now() };
    const offered = view({ state: { ...view().state!, verdict: undefined, offer } });
    let answered = false;
    const { asked } = await open({
      'popup/view': () => (answered ? view() : offered),
      'popup/check-offered': () => {
        answered = true;
        return { started: true };
      },
    });
    expect(region('Check this key with OpenAI?')).toBeDefined();
    await act(async () => button('Check with OpenAI').click());
    await act(() => new Promise((done) => setTimeout(done, 500)));
    expect(asked.map((a) => a.type)).toContain('popup/check-offered');
    expect(region('What OpenAI said')?.textContent).toContain(english(rejected.title));
    expect(region('Check this key with OpenAI?')).toBeUndefined();
  });

  it('says so when the page kept hiding Key Doctor’s card', async () => {
    await open({ 'popup/view': () => view({ state: { ...view().state!, tampered: true } }) });
    expect(document.querySelector('[role=alert]')?.textContent).toContain('This page hid Key Doctor’s warning');
  });

  it('asks for the status page once more when the view came before it', async () => {
    const { asked } = await open({
      'popup/view': () => view({ status: null }),
      'status/get': () => parseStatus({ json: statusPages.chatGptOnly().proxy }),
    });
    expect(asked.map((a) => a.type)).toEqual(['popup/view', 'page/scan', 'status/get']);
    expect(document.querySelector('[data-step="openai_up"] .reason')?.textContent).toContain('ChatGPT has an incident');
  });

  it('says so on a page it may not act on, without site actions', async () => {
    const { asked } = await open({ 'popup/view': () => view({ state: null, history: [] }) }, { id: 9, url: 'chrome://settings' });
    expect(asked[0]?.payload).toEqual({ tabId: 9, origin: '' });
    expect(button('Clear this site’s cache')).toBeUndefined();
    expect(region('No key pasted on this page yet')).toBeDefined();
  });

  it('tells a failed view instead of showing nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await open({});
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('could not read this tab’s state');
  });
});
