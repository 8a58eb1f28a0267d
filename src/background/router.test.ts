import { said } from '../core/said';
import { describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { diagnose } from '../core/key';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { createRouter, type Handlers } from './router';

const self = { extensionId: 'abcdefghijklmnopabcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const page = { id: self.extensionId, origin: self.extensionOrigin, url: `${self.extensionOrigin}/src/popup/index.html` };
const content = { id: self.extensionId, origin: 'https://chat.example', url: 'https://chat.example/settings', tabId: 7, frameId: 0 };
const key = keys.project164();
const report = diagnose(key).report;
const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: [] };
const reportMessage = {
  type: 'field/check',
  payload: { field, value: key, valueLength: key.length, pasted: key, trigger: 'paste', maxLength: null },
};

function setup(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'field/check': vi.fn(async () => ({ report, check: 'now' as const })),
    'key/verify': vi.fn(async () => ({ throttled: true as const })),
    'page/evidence': vi.fn(async () => ({ none: true as const })),
    'site/saved-keys': vi.fn(async () => ({ found: [], partial: false })),
    'site/clear-saved-key': vi.fn(async () => ({ cleared: false })),
    'key/check': vi.fn(async () => ({ report, result: null })),
    'hints/list': vi.fn(async () => ({ hints: [] })),
    'hints/add': vi.fn(async () => ({ hints: [], problem: null })),
    'hints/update': vi.fn(async () => ({ hints: [] })),
    'hints/delete': vi.fn(async () => ({ hints: [] })),
    'hints/move': vi.fn(async () => ({ hints: [] })),
    'sites/list': vi.fn(async () => ({ sites: [] })),
    'sites/forget': vi.fn(async () => ({ sites: [] })),
    'data/export': vi.fn(async () => ({ format: 'key-doctor-export' as const, version: 2 as const, exportedAt: '', settings: DEFAULT_SETTINGS, hints: [] })),
    'data/import': vi.fn(async () => ({ ok: false as const, error: said('import_not_json') })),
    'status/get': vi.fn(async () => ({ level: 'unknown' as const, affected: [], incidents: null, others: [], problem: said('evidence_http', { status: '503' }) })),
    'network/check': vi.fn(async () => ({ reachable: true, detail: said('reach_openai_answered') })),
    'page/scan': vi.fn(async () => null),
    'worker/wake': vi.fn(async () => ({ ok: true as const })),
    'warning/load': vi.fn(async () => ({ ok: true as const })),
    'warning/tampered': vi.fn(async () => ({ ok: true as const })),
    'popup/check-offered': vi.fn(async () => ({ started: false })),
    'popup/view': vi.fn(async () => ({ state: null, hintCount: 0, creditConsent: false, status: 'off' as const, history: [] })),
    'settings/get': vi.fn(async () => DEFAULT_SETTINGS),
    'settings/set': vi.fn(async () => DEFAULT_SETTINGS),
    ...overrides,
  };
  return { handlers, route: createRouter(handlers, self) };
}

describe('router', () => {
  it('runs exactly one handler for a well-formed message from the right sender', async () => {
    const { handlers, route } = setup();
    expect(await route(reportMessage, content)).toEqual({ ok: true, data: { report, check: 'now' } });
    expect(handlers['field/check']).toHaveBeenCalledTimes(1);
    expect(handlers['field/check']).toHaveBeenCalledWith(reportMessage.payload, { tabId: 7, frameId: 0, url: content.url, origin: 'https://chat.example', topOrigin: '' });
    expect(handlers['popup/view']).not.toHaveBeenCalled();
    const view = { type: 'popup/view', payload: { tabId: 7, origin: 'https://chat.example' } };
    expect(await route(view, page)).toMatchObject({ ok: true, data: { state: null, hintCount: 0 } });
  });

  it('takes the sender’s origin as the browser gives it, not from its URL', async () => {
    const { handlers, route } = setup();
    // A content script in an about:blank frame: the URL says nothing, the origin is its creator's.
    await route(reportMessage, { ...content, url: 'about:blank', origin: 'https://chat.example' });
    expect(handlers['field/check']).toHaveBeenLastCalledWith(reportMessage.payload, expect.objectContaining({ origin: 'https://chat.example' }));
    // An opaque origin is no site at all.
    await route(reportMessage, { ...content, url: 'data:text/html,x', origin: 'null' });
    expect(handlers['field/check']).toHaveBeenLastCalledWith(reportMessage.payload, expect.objectContaining({ origin: '' }));
    // Where a browser gives no origin, the URL's is used.
    await route(reportMessage, { ...content, origin: undefined });
    expect(handlers['field/check']).toHaveBeenLastCalledWith(reportMessage.payload, expect.objectContaining({ origin: 'https://chat.example' }));
  });

  it('recognises our pages by origin, also when one is open in a tab', async () => {
    const { route } = setup();
    const optionsTab = { ...page, url: `${self.extensionOrigin}/src/options/index.html`, tabId: 4, frameId: 0 };
    expect(await route({ type: 'settings/get', payload: {} }, optionsTab)).toMatchObject({ ok: true });
    // A web page whose URL merely mentions our origin is not one of our pages.
    const spoof = { ...content, url: `${self.extensionOrigin}/src/options/index.html`, origin: 'https://evil.example' };
    expect(await route({ type: 'settings/get', payload: {} }, spoof)).toEqual({ ok: false, error: 'forbidden' });
  });

  it.each([
    ['another extension', { ...content, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['no extension id', { ...content, id: undefined }],
    ['no url', { ...content, url: undefined }],
    ['no tab', { ...content, tabId: undefined }],
    ['a negative tab id', { ...content, tabId: -1 }],
    ['no frame id', { ...content, frameId: undefined }],
  ])('refuses a content message from %s', async (_name, sender) => {
    const { handlers, route } = setup();
    expect(await route(reportMessage, sender)).toEqual({ ok: false, error: 'forbidden' });
    expect(handlers['field/check']).not.toHaveBeenCalled();
  });

  it('refuses page-only messages from a content script, and content messages from our pages', async () => {
    const { handlers, route } = setup();
    expect(await route({ type: 'hints/list', payload: {} }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route({ type: 'hints/add', payload: { value: key, label: 'x' } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route({ type: 'settings/set', payload: { autoCheck: 'never' } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route({ type: 'popup/view', payload: { tabId: 1, origin: '' } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route(reportMessage, page)).toEqual({ ok: false, error: 'forbidden' });
    // A page cannot make Key Doctor read or clear its storage: only the popup asks for that.
    expect(await route({ type: 'site/saved-keys', payload: { tabId: 7, origin: 'https://chat.example' } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route({ type: 'site/clear-saved-key', payload: { tabId: 7, token: 'a'.repeat(24) } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(handlers['settings/set']).not.toHaveBeenCalled();
    expect(handlers['site/saved-keys']).not.toHaveBeenCalled();
    expect(handlers['site/clear-saved-key']).not.toHaveBeenCalled();
  });

  it('refuses a look-alike extension origin', async () => {
    const { route } = setup();
    const fake = { id: self.extensionId, origin: `https://${self.extensionId}.evil.example`, url: `https://${self.extensionId}.evil.example/`, tabId: 3, frameId: 0 };
    expect(await route({ type: 'settings/get', payload: {} }, fake)).toEqual({ ok: false, error: 'forbidden' });
  });

  it.each([
    ['null', null],
    ['a string', 'field/check'],
    ['an array', ['field/check']],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'key/steal', payload: {} }],
    ['an inherited property name', { type: 'toString', payload: {} }],
    ['__proto__', JSON.parse('{"type":"__proto__","payload":{}}')],
  ])('answers unknown to %s', async (_name, message) => {
    const { route } = setup();
    expect(await route(message, content)).toEqual({ ok: false, error: 'unknown' });
  });

  it.each([
    ['no payload', { type: 'field/check' }],
    ['a wrong field type', { type: 'popup/view', payload: { tabId: '7', origin: '' } }],
    ['a negative tab id', { type: 'popup/view', payload: { tabId: -5, origin: '' } }],
    ['an unknown setting value', { type: 'settings/set', payload: { autoCheck: 'always' } }],
    ['an oversized label', { ...reportMessage, payload: { ...reportMessage.payload, field: { ...field, label: 'x'.repeat(5000) } } }],
    ['an oversized value', { ...reportMessage, payload: { ...reportMessage.payload, value: 'x'.repeat(5000) } }],
    ['an unknown trigger', { ...reportMessage, payload: { ...reportMessage.payload, trigger: 'script' } }],
  ])('answers invalid to %s', async (_name, message) => {
    const { route } = setup();
    const sender = message.type === 'field/check' ? content : page;
    expect(await route(message, sender)).toEqual({ ok: false, error: 'invalid' });
  });

  it('fails closed when a handler throws or answers something malformed', async () => {
    const throwing = setup({ 'settings/get': async () => { throw new Error('boom'); } });
    expect(await throwing.route({ type: 'settings/get', payload: {} }, page)).toEqual({ ok: false, error: 'failed' });
    const malformed = setup({ 'settings/get': async () => ({ autoCheck: 'sometimes' }) as never });
    expect(await malformed.route({ type: 'settings/get', payload: {} }, page)).toEqual({ ok: false, error: 'failed' });
  });
});
