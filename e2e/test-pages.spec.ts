import type { Frame, Locator, Page } from '@playwright/test';
import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { WarningView } from './support/pages';
import { pasteInto } from './support/paste';

interface Positive {
  page: string;
  what: string;
  open?: (page: Page) => Promise<void>;
  /** The frame the field and its warning live in, when not the top document. */
  frame?: (page: Page) => Promise<Frame>;
  field: (scope: Page | Frame) => Locator;
  paste: string;
  expected: string;
}

const key = keys.project164();
const frameByUrl = (part: string) => async (page: Page) => {
  await expect.poll(() => page.frames().some((f) => f.url().includes(part))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes(part));
  if (!frame) throw new Error(`no frame ${part}`);
  return frame;
};

const POSITIVE: Positive[] = [
  {
    page: 'chat-modal.html', what: 'a chat app’s settings modal opened by a click',
    open: (page) => page.getByRole('button', { name: 'Settings' }).click(),
    field: (scope) => scope.getByRole('dialog').getByLabel('OpenAI API Key'),
    paste: `Bearer ${key}`, expected: 'starts with “Bearer”',
  },
  {
    page: 'plugin-table.html', what: 'a plugin settings table labelled by <th>',
    field: (scope) => scope.locator('input[name="aiwriter_settings[api_key]"]'),
    paste: `${key}   `, expected: 'spaces at the end',
  },
  {
    page: 'addon-sidebar.html', what: 'an add-on sidebar in a srcdoc iframe', frame: frameByUrl('about:srcdoc'),
    field: (scope) => scope.getByLabel('Set your API key'), paste: key.slice(0, 100), expected: 'ends 64 characters early',
  },
  {
    page: 'credential-dialog.html', what: 'a credential dialog beside a base-URL field',
    field: (scope) => scope.getByLabel('API Key', { exact: true }), paste: keys.organizationId(), expected: 'This is an organization ID',
  },
  {
    page: 'web-component.html', what: 'a web component with an open shadow root',
    field: (scope) => scope.getByLabel('OpenAI API key'), paste: `'${key}'`, expected: 'wrapped in quotes',
  },
  {
    page: 'closed-shadow.html', what: 'a web component with a closed shadow root',
    field: (scope) => scope.locator('secret-settings'), paste: `sk-proj-...${key.slice(-4)}`, expected: 'shortened form of a key',
  },
  {
    page: 'cross-origin-iframe.html', what: 'a cross-origin iframe', frame: frameByUrl('iframe-inner.html'),
    field: (scope) => scope.getByLabel('OpenAI secret key'), paste: `${key.slice(0, 60)}\u200b${key.slice(60)}`,
    expected: 'zero-width space',
  },
  {
    page: 'late-field.html', what: 'a field added later by a route change',
    open: (page) => page.getByRole('link', { name: 'Settings' }).click(),
    field: (scope) => scope.getByLabel('OpenAI API key'), paste: keys.anthropic(), expected: 'This looks like a key for Anthropic',
  },
  {
    page: 'controlled-input.html', what: 'a framework-controlled input',
    field: (scope) => scope.getByTestId('api-key-input'), paste: `OPENAI_API_KEY=${key}`, expected: 'starts with “OPENAI_API_KEY=”',
  },
  {
    page: 'maxlength.html', what: 'a field whose maxlength cuts the key',
    field: (scope) => scope.getByLabel('OpenAI API Key'), paste: key, expected: 'takes at most 51 characters and your key has 164',
  },
  {
    page: 'textarea.html', what: 'a textarea labelled OPENAI_API_KEY',
    field: (scope) => scope.getByLabel('OPENAI_API_KEY'), paste: `${key}\n`, expected: 'a line break at the end',
  },
  {
    page: 'contenteditable.html', what: 'a contenteditable box',
    field: (scope) => scope.getByRole('textbox', { name: 'Your OpenAI API key' }), paste: `"${key}"`, expected: 'wrapped in quotes',
  },
  {
    page: 'rewriting-input.html', what: 'a site that rewrites the pasted key',
    field: (scope) => scope.getByLabel('OpenAI API key'), paste: key, expected: 'This site changed the key you pasted',
  },
  {
    page: 'anthropic-field.html', what: 'another provider’s field',
    field: (scope) => scope.getByLabel('Anthropic API Key'), paste: key, expected: 'This field is for Anthropic keys',
  },
];

test.describe('key fields where real apps put them', () => {
  for (const fixture of POSITIVE) {
    test(`${fixture.page}: ${fixture.what}`, async ({ context, site }) => {
      const page = await context.newPage();
      await page.goto(`${site}/${fixture.page}`);
      await fixture.open?.(page);
      const scope = fixture.frame ? await fixture.frame(page) : page;
      await pasteInto(fixture.field(scope), fixture.paste);
      const warning = new WarningView(scope);
      // A frame of another site runs in a process of its own, whose content script and accessibility
      // tree can come up well after the top page's on a loaded machine.
      await warning.says(fixture.expected, fixture.frame ? 15_000 : undefined);
      expect(await warning.text()).not.toContain(key.slice(12, 20));
    });
  }
});

interface Negative {
  page: string;
  field: (page: Page) => Locator;
  paste: string;
}

const NEGATIVE: Negative[] = [
  { page: 'login.html', field: (page) => page.getByLabel('Password'), paste: `${key} ` },
  { page: 'signup.html', field: (page) => page.getByLabel('Email'), paste: `${key}\n` },
  { page: 'search.html', field: (page) => page.getByRole('searchbox'), paste: `"${key.slice(0, 40)}"` },
  { page: 'checkout.html', field: (page) => page.getByLabel('Coupon code'), paste: ` ${key}` },
  { page: 'github-token.html', field: (page) => page.getByLabel('GitHub personal access token'), paste: `ghp_${'a1B2'.repeat(9)} ` },
  { page: 'stripe-key.html', field: (page) => page.getByLabel('Stripe secret key'), paste: `sk_live_${'x9Y8'.repeat(24)}\n` },
];

test.describe('fields that are not OpenAI key fields stay silent', () => {
  for (const fixture of NEGATIVE) {
    test(fixture.page, async ({ context, site, worker }) => {
      const page = await context.newPage();
      await page.goto(`${site}/${fixture.page}`);
      const cards = await WarningView.countCards(page);
      await pasteInto(fixture.field(page), fixture.paste);

      // The script is alive on this page: a real key field added now gets its warning. By then the paste
      // above has long been handled, so what it left — no card, no check — can be counted.
      await page.evaluate(() => {
        const input = Object.assign(document.createElement('input'), { id: 'added', type: 'password' });
        const label = Object.assign(document.createElement('label'), { htmlFor: 'added', textContent: 'OpenAI API key' });
        document.body.append(label, input);
      });
      await pasteInto(page.getByLabel('OpenAI API key'), `${key} `);
      await new WarningView(page).says('a space at the end');
      expect(await cards()).toBe(1);
      const checks = await worker.evaluate((origin) => chrome.storage.session.get(`site:${origin}`), site);
      expect(checks[`site:${site}`]).toHaveLength(1);
    });
  }
});
