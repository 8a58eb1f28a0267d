// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { layOut, mount } from '../../test/dom';
import { editableTarget, fieldName, snapshotOf } from './field-snapshot';

vi.mock('../shared/browser-api/runtime', () => ({ shadowRootOf: (el: Element) => el.shadowRoot }));

beforeEach(() => {
  vi.restoreAllMocks();
  layOut();
});

describe('snapshotOf: what the content script reads of a field', () => {
  it('reads a label, its name, maxlength and the API settings beside it', () => {
    const root = mount(`
      <form><label for="k">OpenAI API key</label><input id="k" name="openai_key" type="password" maxlength="51" placeholder="sk-...">
      <input name="base_url" placeholder="https://api.openai.com/v1"><select name="model"></select></form>`);
    const snapshot = snapshotOf(root.querySelector('#k') as HTMLInputElement);
    expect(snapshot).toMatchObject({ tag: 'input', type: 'password', name: 'openai_key', id: 'k', placeholder: 'sk-...', maxLength: 51, visible: true });
    expect(snapshot.labelText).toContain('OpenAI API key');
    expect(snapshot.neighbours).toEqual(['base_url https://api.openai.com/v1', 'model']);
    expect(fieldName(snapshot)).toBe('OpenAI API key');
  });

  it('reads aria-labelledby, a dialog’s title and table headers', () => {
    const root = mount(`
      <div role="dialog" aria-label="Model provider"><span id="t">Secret key</span><input aria-labelledby="t"></div>
      <table><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody><tr><th>API token</th><td><input id="cell"></td></tr></tbody></table>`);
    expect(snapshotOf(root.querySelector('[aria-labelledby]') as HTMLInputElement).labelText).toBe('Secret key · Model provider');
    expect(snapshotOf(root.querySelector('#cell') as HTMLInputElement).labelText).toContain('API token');
  });

  it('clips what it reads, and has no maxlength where the field has none', () => {
    const root = mount(`<label>${'Very long label '.repeat(40)}<textarea></textarea></label>`);
    const snapshot = snapshotOf(root.querySelector('textarea') as HTMLTextAreaElement);
    expect(snapshot.labelText.length).toBeLessThanOrEqual(200);
    expect(snapshot).toMatchObject({ tag: 'textarea', maxLength: null });
  });

  it('reads a field without a box as hidden', () => {
    vi.restoreAllMocks();
    const root = mount('<input aria-label="API key">');
    expect(snapshotOf(root.querySelector('input') as HTMLInputElement).visible).toBe(false);
  });
});

describe('editableTarget: the field an event happened in', () => {
  it('finds an input, a textarea and a contenteditable box, and nothing else', () => {
    const root = mount('<input id="i"><textarea id="t"></textarea><div id="c" contenteditable="true"></div><button id="b">x</button>');
    const targetOf = (id: string) => {
      let found: unknown;
      root.addEventListener('focusin', (event) => (found = editableTarget(event)), { once: true });
      root.querySelector(`#${id}`)?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      return (found as HTMLElement | undefined)?.id;
    };
    expect(targetOf('i')).toBe('i');
    expect(targetOf('t')).toBe('t');
    expect(targetOf('b')).toBeUndefined();
  });

  it('reaches into an open shadow root', () => {
    const host = mount('<div id="host"></div>').querySelector('#host') as HTMLElement;
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    let found: unknown;
    document.addEventListener('paste', (event) => (found = editableTarget(event)), { once: true, capture: true });
    input.dispatchEvent(new Event('paste', { bubbles: true, composed: true }));
    expect(found).toBe(input);
  });
});
