/* oxlint-disable unicorn/consistent-function-scoping -- a function given to page.evaluate runs in the page, so its helpers must be defined inside it. */
import type { Page } from '@playwright/test';
import { keys } from '../test/keys';
import { answers } from '../test/openai-bodies';
import { axeViolations, openCopyOfCard } from './support/axe';
import { expect, test } from './support/extension';
import { pasteInto } from './support/paste';
import { DemoPage, OptionsPage, WarningView } from './support/pages';
import { popupForKeyWithoutCredit } from './support/scenarios';

const SCHEMES = ['light', 'dark'] as const;

/**
 * Tabs through the whole page as a keyboard user does and returns each control that showed no focus
 * ring: an outline of at least 2 px, or a box shadow.
 */
async function controlsWithoutFocusRing(page: Page): Promise<string[]> {
  const missing = new Set<string>();
  const seen = new Set<string>();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let press = 0; press < 120; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const name = `${el.localName}${el.id ? `#${el.id}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40)}”`;
      return { name: `${name} @${[...document.querySelectorAll('*')].indexOf(el)}`, ring };
    });
    if (!focused) continue;
    if (seen.has(focused.name)) break;
    seen.add(focused.name);
    if (!focused.ring) missing.add(focused.name);
  }
  expect(seen.size, 'the keyboard reaches the page’s controls').toBeGreaterThan(0);
  return [...missing];
}

/** Text inputs, selects and text areas whose border has less than 3:1 contrast with what is behind it. */
function faintInputBorders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const backgroundOf = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0.99) return [r ?? 0, g ?? 0, b ?? 0];
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor);
    };
    return [...document.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=file]), select, textarea')].flatMap((input) => {
      const [l1, l2] = [luminance(rgb(getComputedStyle(input).borderTopColor)), luminance(backgroundOf(input.parentElement))];
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      return ratio >= 3 ? [] : [`${input.localName}#${input.id} ${ratio.toFixed(2)}:1`];
    });
  });
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test('the popup, with a verdict and its checklist: no axe violation, a focus ring on every control, input borders ≥ 3:1', async ({ context, site, openai, openPopup }) => {
      const popup = await popupForKeyWithoutCredit({ context, site, openai, openPopup }, scheme);
      expect(await axeViolations(popup)).toEqual([]);
      expect(await controlsWithoutFocusRing(popup)).toEqual([]);
      expect(await faintInputBorders(popup)).toEqual([]);
    });

    test('the settings: no axe violation, a focus ring on every control, input borders ≥ 3:1', async ({ context, extensionId }) => {
      const { page } = await OptionsPage.open(context, extensionId);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.getByRole('region', { name: 'Key hints' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await controlsWithoutFocusRing(page)).toEqual([]);
      expect(await faintInputBorders(page)).toEqual([]);
    });

    test('the welcome page: no axe violation, a focus ring on every control', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/src/welcome/index.html`);
      await expect(page.getByRole('button', { name: 'Save my choice' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await controlsWithoutFocusRing(page)).toEqual([]);
    });

    test('the inline card: no axe violation', async ({ context, site, openai }) => {
      openai.respondWith(answers.noCredit());
      const demo = await DemoPage.open(context, site);
      await demo.page.emulateMedia({ colorScheme: scheme });
      await demo.paste(`"${keys.project164()}"`);
      await demo.warning.says('no usable credit');
      expect(await axeViolations(demo.page, await openCopyOfCard(demo.page))).toEqual([]);
    });
  });
}

test('the inline card comes right after its field in the keyboard’s order, and back', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  await demo.paste(`"${keys.project164()}"`);
  await demo.warning.says('OpenAI accepted this key.');
  const { page } = demo;
  const focusedIs = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('popover') === 'manual' ? 'card' : (el?.id ?? '');
  });
  await demo.keyField.focus();
  await page.keyboard.press('Tab');
  expect(await focusedIs()).toBe('card');
  // The card's close button is its only control here; Shift+Tab goes back, Tab goes on to the next field.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedIs()).toBe('openai-key');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedIs()).toBe('base-url');
});

test('a card with two controls, for a field in a closed shadow root: Tab and Shift+Tab pass through it in order', async ({ context, site, extensionId }) => {
  await (await OptionsPage.open(context, extensionId)).setChecks('Ask me first');
  const page = await context.newPage();
  await page.goto(`${site}/keyboard-order.html`);
  // Playwright's selectors do not enter a closed shadow root; a person's click on the widget lands in its field.
  await pasteInto(page.locator('key-settings'), keys.project164());
  const warning = new WarningView(page);
  await warning.says('Check it with OpenAI?');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('popover') === 'manual' ? 'card' : el?.id || el?.localName || '';
  });
  const press = async (key: string) => {
    await page.keyboard.press(key);
    return focused();
  };
  expect(await focused()).toBe('key-settings');
  // Forward: the field, the card's two controls, then what follows the field's widget.
  expect([await press('Tab'), await press('Tab'), await press('Tab')]).toEqual(['card', 'card', 'model']);
  // And back again the same way.
  expect([await press('Shift+Tab'), await press('Shift+Tab'), await press('Shift+Tab')]).toEqual(['card', 'card', 'key-settings']);
});
