// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureShadowRoots, layOut, mount, pasteEvent, trusted } from '../../test/dom';
import { keys } from '../../test/keys';
import { answers } from '../../test/openai-bodies';
import { diagnose } from '../core/key';
import { classifyAnswer } from '../core/verify/classify-answer';
import type { ContentMessageType, RequestOf, ResponseOf } from '../shared/messages';

const asked: { type: ContentMessageType; payload: unknown }[] = [];
let answer: { [T in ContentMessageType]?: (payload: RequestOf<T>) => Promise<ResponseOf<T> | undefined> } = {};

vi.mock('./ask-worker', () => ({
  clip: (text: string) => text,
  ask: (type: ContentMessageType, payload: never) => {
    asked.push({ type, payload });
    return (answer[type] as ((p: never) => Promise<unknown>) | undefined)?.(payload) ?? Promise.resolve(undefined);
  },
}));
vi.mock('../shared/browser-api/runtime', () => ({ extensionAlive: () => true, shadowRootOf: (el: Element) => el.shadowRoot }));
// The warning's UI, as the worker would inject it: here at once, counted.
const uiLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./on-demand/loader', async () => {
  const { FieldChecks } = await import('./on-demand/field-checks');
  return {
    onDemandLoaded: () => uiLoads.count > 0,
    loadOnDemand: async () => {
      uiLoads.count++;
      return { createChecks: (stillWanted: () => boolean) => new FieldChecks(stillWanted), scanPage: () => ({ fields: [] }) };
    },
  };
});

const { PasteGuard } = await import('./paste-guard');

const live = classifyAnswer({ kind: 'response', status: 200, headers: {}, body: answers.live().body });
const report = (value: string) => diagnose(value).report;
const types = () => asked.map((a) => a.type);
/** Lets the paste land and the answers arrive; the warning's watchdog keeps an interval, so timers never run out. */
const settle = () => vi.advanceTimersByTimeAsync(20);

let guard: InstanceType<typeof PasteGuard>;
let field: HTMLInputElement;
let roots: ShadowRoot[];
/** What the card says, where a card is attached to the page. */
const shown = () => roots.filter((root) => root.host.isConnected).map((root) => root.querySelector('.card')?.textContent ?? '').join(' ');

beforeEach(() => {
  vi.useFakeTimers();
  layOut();
  roots = captureShadowRoots();
  asked.length = 0;
  uiLoads.count = 0;
  answer = {
    'field/check': async ({ value }) => ({ report: report(value), check: 'now' }),
    'key/verify': async () => ({ verdict: live, cached: false, notes: [] }),
    'worker/wake': async () => ({ ok: true }),
  };
  field = mount('<label for="k">OpenAI API key</label><input id="k">').querySelector('input') as HTMLInputElement;
  guard = new PasteGuard();
  document.addEventListener('paste', guard.onPaste, true);
  document.addEventListener('input', guard.onInput, true);
  document.addEventListener('focusin', guard.onFocus, true);
  document.addEventListener('pointerdown', guard.onPointer, true);
});

afterEach(() => {
  guard.dispose();
  document.removeEventListener('paste', guard.onPaste, true);
  document.removeEventListener('input', guard.onInput, true);
  document.removeEventListener('focusin', guard.onFocus, true);
  document.removeEventListener('pointerdown', guard.onPointer, true);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A person's paste: the browser fires the event, then the text lands in the field. */
function paste(text: string): void {
  field.dispatchEvent(trusted(pasteEvent(text)));
  field.value = text;
}

/** Focus, trusted: a person's, or a page's own `focus()` call. */
const focus = (on: HTMLElement) => on.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));

/** A person's typing: a key goes down in the field, then the text lands. */
function typeIn(text: string, into: HTMLInputElement = field): void {
  into.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: text.slice(-1), bubbles: true, composed: true })));
  scriptTypes(text, into);
}

/** What `execCommand('insertText')` fires: a trusted input event, with no key before it. */
function scriptTypes(text: string, into: HTMLInputElement = field): void {
  into.value += text;
  into.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text })));
}

describe('the field watcher', () => {
  it('checks a trusted paste, asks OpenAI per the plan, and shows the verdict', async () => {
    const key = keys.project164();
    paste(key);
    await settle();
    expect(types()).toEqual(['field/check', 'key/verify']);
    expect(asked[0]?.payload).toMatchObject({ value: key, pasted: key, trigger: 'paste' });
    expect(shown()).toContain('OpenAI accepted this key.');
  });

  it('ignores what a page script fires: untrusted pastes, input and focus', async () => {
    field.dispatchEvent(pasteEvent(keys.project164()));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(asked).toEqual([]);
  });

  it('has the warning’s UI brought in when a key field first gets focus, and wakes nothing more for that field', async () => {
    focus(field);
    await settle();
    expect(uiLoads.count).toBe(1);
    expect(types()).toEqual([]);
    // A page focusing the field again and again (a trusted event, from script): nothing.
    for (let i = 0; i < 50; i++) focus(field);
    expect(types()).toEqual([]);
    const other = mount('<label for="o">OpenAI API key (backup)</label><input id="o">').querySelector('input') as HTMLInputElement;
    focus(other);
    focus(other);
    expect(types()).toEqual(['worker/wake']);
    expect(uiLoads.count).toBe(1);
    // A person's click on the field, later: the worker may have stopped meanwhile, so it is woken again.
    other.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    focus(other);
    expect(types()).toEqual(['worker/wake', 'worker/wake']);
  });

  it('checks typing once, after a pause', async () => {
    focus(field);
    const key = keys.project164();
    typeIn(key.slice(0, 80));
    await vi.advanceTimersByTimeAsync(300);
    typeIn(key.slice(80));
    await vi.advanceTimersByTimeAsync(599);
    expect(types()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(types()[0]).toBe('field/check');
    expect(asked[0]?.payload).toMatchObject({ value: key, trigger: 'edit' });
  });

  it('lets a paste cancel a typing pause still being waited for', async () => {
    focus(field);
    typeIn('sk-');
    paste(keys.project164());
    await vi.advanceTimersByTimeAsync(1000);
    expect(types().filter((t) => t === 'field/check')).toHaveLength(1);
    expect(asked[0]?.payload).toMatchObject({ trigger: 'paste' });
  });

  it('takes an input event in a field the browser marks autofilled for autofill, and checks it at once', async () => {
    vi.spyOn(field, 'matches').mockImplementation((selector) => selector === ':autofill');
    focus(field);
    field.value = keys.project164();
    field.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
    await vi.advanceTimersByTimeAsync(0);
    expect(asked[0]?.payload).toMatchObject({ trigger: 'autofill' });
  });

  it('ignores trusted input no person made: execCommand, a plain input event, a key pressed elsewhere', async () => {
    focus(field);
    await settle();
    asked.length = 0;
    scriptTypes(keys.project164());
    field.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    scriptTypes('x');
    // A key a person pressed in the field long ago does not make a later script edit theirs.
    field.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    await vi.advanceTimersByTimeAsync(1500);
    scriptTypes('y');
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toEqual([]);
    // The control: the same field, typed by a person, is checked.
    typeIn('z');
    await vi.advanceTimersByTimeAsync(700);
    expect(types()[0]).toBe('field/check');
  });

  it('never takes a checkbox or radio for a key field, whatever its label, nor a page’s click() on one', async () => {
    const box = mount('<label><input type="checkbox" name="openai_api_key"> OpenAI API key</label>').querySelector('input') as HTMLInputElement;
    box.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true })));
    box.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
    box.dispatchEvent(trusted(pasteEvent(keys.project164())));
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toEqual([]);
  });

  it('offers the check when the plan says offer, and sends nothing until a person clicks', async () => {
    answer['field/check'] = async ({ value }) => ({ report: report(value), check: 'offer' });
    paste(keys.project164());
    await settle();
    expect(types()).toEqual(['field/check']);
    expect(shown()).toContain('Check it with OpenAI?');
  });

  it('shows nothing on a silent site', async () => {
    answer['field/check'] = async () => ({ silent: true });
    paste(`"${keys.project164()}"`);
    await settle();
    expect(shown()).toBe('');
  });

  it('keeps a warning dismissed while OpenAI is still being asked', async () => {
    let release: (() => void) | undefined;
    answer['key/verify'] = () => new Promise((done) => (release = () => done({ verdict: live, cached: false, notes: [] })));
    paste(keys.project164());
    await settle();
    expect(shown()).toContain('Checking this key with OpenAI…');
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    release?.();
    await settle();
    expect(document.querySelectorAll('[popover]')).toHaveLength(0);
  });

  it('lets a newer paste supersede an answer that comes late', async () => {
    const first = keys.project164();
    const second = `"${keys.project164()}"`;
    let releaseFirst: (() => void) | undefined;
    answer['field/check'] = ({ value }) =>
      value === first
        ? new Promise((done) => (releaseFirst = () => done({ report: report(`${first}\u200b`), check: 'no' })))
        : Promise.resolve({ report: report(value), check: 'no' });
    paste(first);
    await vi.advanceTimersByTimeAsync(0);
    field.value = '';
    paste(second);
    await settle();
    releaseFirst?.();
    await settle();
    expect(shown()).toContain('wrapped in quotes');
    expect(shown()).not.toContain('invisible');
  });
});
