import { describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { diagnose } from '../core/key';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { createRouter, type Handlers } from './router';

const self = { extensionId: 'abcdefghijklmnopabcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const page = { id: self.extensionId, url: `${self.extensionOrigin}/src/popup/index.html` };
const content = { id: self.extensionId, url: 'https://chat.example/settings', tabId: 7, frameId: 0 };
const key = keys.project164();
const report = diagnose(key).report;
const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: [] };
const reportMessage = {
  type: 'field/check',
  payload: { field, value: key, valueLength: key.length, pasted: key, trigger: 'paste', maxLength: null },
};

function setup(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'field/check': vi.fn(async () => ({ report, check: 'now' as const, silent: false })),
    'key/verify': vi.fn(async () => ({ throttled: true as const })),
    'key/check': vi.fn(async () => ({ report, result: null })),
    'site/history': vi.fn(async () => ({ entries: [] })),
    'hints/list': vi.fn(async () => ({ hints: [] })),
    'hints/add': vi.fn(async () => ({ hints: [], problem: null })),
    'hints/update': vi.fn(async () => ({ hints: [] })),
    'hints/delete': vi.fn(async () => ({ hints: [] })),
    'hints/move': vi.fn(async () => ({ hints: [] })),
    'sites/list': vi.fn(async () => ({ sites: [] })),
    'sites/forget': vi.fn(async () => ({ sites: [] })),
    'data/export': vi.fn(async () => ({ format: 'key-doctor-export' as const, version: 1 as const, exportedAt: '', settings: DEFAULT_SETTINGS, hints: [] })),
    'data/import': vi.fn(async () => ({ ok: false as const, error: 'no' })),
    'status/get': vi.fn(async () => ({ level: 'unknown' as const, affected: [], incidents: null, others: [], problem: 'HTTP 503' })),
    'network/check': vi.fn(async () => ({ reachable: true, detail: '' })),
    'worker/wake': vi.fn(async () => ({ ok: true as const })),
    'tab/state': vi.fn(async () => ({ state: null })),
    'settings/get': vi.fn(async () => DEFAULT_SETTINGS),
    'settings/set': vi.fn(async () => DEFAULT_SETTINGS),
    ...overrides,
  };
  return { handlers, route: createRouter(handlers, self) };
}

describe('router', () => {
  it('runs exactly one handler for a well-formed message from the right sender', async () => {
    const { handlers, route } = setup();
    expect(await route(reportMessage, content)).toEqual({ ok: true, data: { report, check: 'now', silent: false } });
    expect(handlers['field/check']).toHaveBeenCalledTimes(1);
    expect(handlers['field/check']).toHaveBeenCalledWith(reportMessage.payload, { tabId: 7, frameId: 0, url: content.url });
    expect(handlers['tab/state']).not.toHaveBeenCalled();
    expect(await route({ type: 'tab/state', payload: { tabId: 7 } }, page)).toEqual({ ok: true, data: { state: null } });
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
    expect(await route({ type: 'tab/state', payload: { tabId: 1 } }, content)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route(reportMessage, page)).toEqual({ ok: false, error: 'forbidden' });
    expect(handlers['settings/set']).not.toHaveBeenCalled();
  });

  it('refuses a look-alike extension origin', async () => {
    const { route } = setup();
    const fake = { id: self.extensionId, url: `https://${self.extensionId}.evil.example/`, tabId: 3, frameId: 0 };
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
    ['a wrong field type', { type: 'tab/state', payload: { tabId: '7' } }],
    ['a negative tab id', { type: 'tab/state', payload: { tabId: -5 } }],
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
