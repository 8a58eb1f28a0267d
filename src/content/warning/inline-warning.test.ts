// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureShadowRoots, layOut, mount, trusted } from '../../../test/dom';
import { keys } from '../../../test/keys';
import { diagnose } from '../../core/key';

// The card asks the browser what is on top through `Document.prototype.elementFromPoint`, taken when it loads (safe-dom.ts):
// the stand-in goes there before.
const onTop = vi.hoisted(() => {
  const state = { element: null as Element | null };
  Document.prototype.elementFromPoint = () => state.element;
  return state;
});
const { InlineWarning } = await import('./inline-warning');

const report = diagnose(`"${keys.project164()}"`).report;
const click = (init: MouseEventInit = { clientX: 20, clientY: 40, detail: 1 }) => trusted(new MouseEvent('click', init));

let field: HTMLInputElement;
let roots: ShadowRoot[];
let tampered: ReturnType<typeof vi.fn<(field: HTMLElement) => void>>;
let warning: InstanceType<typeof InlineWarning>;
const host = () => roots[0]?.host as HTMLElement;
/** Lets the card's mutation observer run. */
const observed = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  layOut();
  roots = captureShadowRoots();
  field = mount('<input>').querySelector('input') as HTMLInputElement;
  tampered = vi.fn<(field: HTMLElement) => void>();
  warning = new InlineWarning(() => true, () => undefined, tampered);
  warning.show(field, { report });
});

afterEach(() => {
  warning.hide();
  document.documentElement.removeAttribute('style');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the card against a page that hides it', () => {
  it('puts itself back when the page removes it, restyles it or adds attributes to it', async () => {
    host().remove();
    await observed();
    expect(host().isConnected).toBe(true);
    host().setAttribute('style', 'display: none');
    await observed();
    expect(host().getAttribute('style')).not.toContain('display: none');
    expect(tampered).not.toHaveBeenCalled();
  });

  it('gives up after the third time and says so, so the popup can tell the person', async () => {
    for (const tamper of [() => host().remove(), () => host().setAttribute('hidden', ''), () => host().style.setProperty('opacity', '0', 'important')]) {
      tamper();
      await observed();
    }
    expect(tampered).toHaveBeenCalledWith(field);
    expect(host().isConnected).toBe(false);
    expect(warning.shownFor).toBeUndefined();
  });

  it('leaves its own moves alone: following the field is not tampering', async () => {
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(tampered).not.toHaveBeenCalled();
    expect(host().isConnected).toBe(true);
  });
});

describe('a click on the card', () => {
  it('does not count when a page made it, or before the card has been in place for half a second', async () => {
    onTop.element = host();
    expect(warning.genuineClick(new MouseEvent('click', { clientX: 20, clientY: 40 }))).toBe(false);
    expect(warning.genuineClick(click())).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(warning.genuineClick(click())).toBe(true);
  });

  it('does not count when something else is on top where it landed, or the card is faded out', async () => {
    await vi.advanceTimersByTimeAsync(600);
    onTop.element = document.body.appendChild(document.createElement('div'));
    expect(warning.genuineClick(click())).toBe(false);
    onTop.element = host();
    expect(warning.genuineClick(click())).toBe(true);
    document.documentElement.style.opacity = '0.01';
    expect(warning.genuineClick(click())).toBe(false);
  });

  it('starts the wait again when the card is put back after tampering', async () => {
    onTop.element = host();
    await vi.advanceTimersByTimeAsync(600);
    host().remove();
    await observed();
    expect(warning.genuineClick(click())).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(warning.genuineClick(click())).toBe(true);
  });
});
