import { said } from '../../core/said';
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOut, mount, trusted } from '../../../test/dom';
import type { PageEvidence } from '../../core/page-evidence/page-text';
import { InlineWarning } from '../warning/inline-warning';
import { WATCH_MS, watchEvidence } from './evidence-watcher';
import { onSaveClicks } from './save-clicks';

vi.mock('../../shared/browser-api/runtime', () => ({ shadowRootOf: (el: Element) => el.shadowRoot }));

let seen: PageEvidence[];
let changes: number;
let field: HTMLInputElement;
let stop: () => void;

const add = (parent: Element, markup: string) => {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const node = document.importNode(parsed.body.firstElementChild as Element, true);
  parent.append(node);
  return node;
};
/** The observer's records arrive as a microtask; the watcher reads them in a batch a moment later. */
const settle = () => vi.advanceTimersByTimeAsync(100);

beforeEach(() => {
  vi.useFakeTimers();
  layOut();
  seen = [];
  changes = 0;
  const root = mount('<form><label for="k">OpenAI API key</label><input id="k"><input name="model"><button>Save</button></form><main id="chat"></main>');
  field = root.querySelector('#k') as HTMLInputElement;
  field.value = 'sk-proj-what-was-pasted';
  stop = watchEvidence(field, { onEvidence: (e) => seen.push(e), onFieldChanged: () => changes++, valueOf: () => field.value, checked: field.value });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the watch for the page’s own messages after a key-field event', () => {
  it('reads an alert that appears, and an error written into the settings block', async () => {
    add(document.body, '<div role="alert">Incorrect API key provided: sk-proj-****************abcd.</div>');
    await settle();
    add(document.querySelector('form') as Element, '<p class="hint">You exceeded your current quota, please check your plan and billing details.</p>');
    await settle();
    expect(seen.map((e) => e.signal)).toEqual(['invalid_key', 'quota']);
  });

  it('does not read the rest of the page: a chat message elsewhere, however alarming', async () => {
    add(document.querySelector('#chat') as Element, '<p>Incorrect API key provided: sk-proj-****abcd.</p>');
    await settle();
    expect(seen).toEqual([]);
  });

  it('reads a toast whose message is in its shadow root', async () => {
    const host = document.createElement('ui-notice');
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.textContent = 'Your organization must be verified to use the model `o3`.';
    host.attachShadow({ mode: 'open' }).append(box);
    document.body.append(host);
    await settle();
    expect(seen.map((e) => e.signal)).toEqual(['verification']);
  });

  it('never reads Key Doctor’s own card, which quotes OpenAI', async () => {
    const warning = new InlineWarning(() => true, () => undefined);
    warning.show(field, { report: { kind: 'project', findings: [{ code: 'key_kind', severity: 'error', scope: 'key', message: said('ev_app_got', { quote: 'Incorrect API key provided: sk-proj-****abcd.' }) }], mask: '', length: 0, worst: 'error', checkable: false } });
    await settle();
    expect(seen).toEqual([]);
    warning.hide();
  });

  it('says one message once, and a few at most', async () => {
    for (let i = 0; i < 20; i++) add(document.body, `<div role="status">Invalid API key format (${i % 2 ? 'again' : 'once'}) #${i}</div>`);
    await settle();
    expect(seen.length).toBeLessThanOrEqual(5);
    expect(new Set(seen.map((e) => e.quote)).size).toBe(seen.length);
  });

  it('reads what the site showed while handling the event, before the watch began', () => {
    stop();
    add(document.body, '<p role="alert">This is not a valid OpenAI API key.</p>');
    stop = watchEvidence(field, { onEvidence: (e) => seen.push(e), onFieldChanged: () => changes++, valueOf: () => field.value, checked: field.value });
    expect(seen.map((e) => e.signal)).toEqual(['site_refused']);
  });

  it('notices the site emptying the field a moment later', async () => {
    field.value = '';
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toBe(1);
  });

  it('notices the site emptied the field while the worker answered, before the watch began', async () => {
    stop();
    field.value = '';
    stop = watchEvidence(field, { onEvidence: (e) => seen.push(e), onFieldChanged: () => changes++, valueOf: () => field.value, checked: 'sk-proj-what-was-pasted' });
    await vi.advanceTimersByTimeAsync(300);
    expect(changes).toBe(1);
  });

  it('stops by itself', async () => {
    await vi.advanceTimersByTimeAsync(WATCH_MS + 10);
    add(document.body, '<div role="alert">Incorrect API key provided: sk-proj-****abcd.</div>');
    await settle();
    field.value = 'changed';
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([]);
    expect(changes).toBe(0);
  });
});

describe('save clicks', () => {
  it('only a person’s click on a save or test button counts', () => {
    const saves = vi.fn();
    onSaveClicks(saves);
    const button = document.querySelector('button') as HTMLButtonElement;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(saves).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(saves).toHaveBeenCalledTimes(1);
    (document.querySelector('label') as HTMLElement).dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(saves).toHaveBeenCalledTimes(1);
  });
});
