import { readFileSync } from 'node:fs';
import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage } from './support/pages';

const key = keys.project164();

test('typing a key (or editing one) is checked after a pause', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.keyField.click();
  await page.keyboard.type(`${key} `);
  await demo.warning.says('a space at the end');
  await page.keyboard.press('Backspace');
  await expect.poll(async () => await demo.warning.text()).toMatch(/^Key Doctor: OpenAI accepted this key/);
});

test('a key entered on a plain-http page is warned about', async ({ context }) => {
  const markup = readFileSync('e2e/test-pages/demo.html', 'utf8');
  await context.route('http://byok-tool.example/**', (route) => route.fulfill({ body: markup, contentType: 'text/html' }));
  const demo = await DemoPage.at(context, 'http://byok-tool.example/settings');
  // No clipboard on an insecure page: the key is typed.
  await demo.keyField.click();
  await demo.page.keyboard.type(key);
  await demo.warning.says('This page is not secure (http)');
});

test('a key that is in the page address is treated as leaked', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site, `demo.html?api_key=${key}`);
  await demo.paste(key);
  await demo.warning.says('in this page’s address');
  expect((await demo.warning.role())).toBe('alert');
});

test('the popup lists the key fields on the page and why', async ({ context, site, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await expect(popup.getByRole('heading', { name: 'Key fields on this page: 3' })).toBeVisible();
  const fields = popup.getByRole('region', { name: /Key fields/ }).getByRole('listitem');
  await expect(fields).toHaveCount(3);
  await expect(fields.nth(0)).toContainText('OpenAI API Key · OpenAI');
  await expect(fields.nth(0)).toContainText('labelled “OpenAI API Key”');
  await expect(fields.nth(1)).toContainText('Anthropic');
});

test('the popup finds no key field on a login page', async ({ context, site, openPopup }) => {
  const page = await context.newPage();
  await page.goto(`${site}/login.html`);
  const popup = await openPopup(page);
  await expect(popup.getByRole('heading', { name: 'Key fields on this page: none found' })).toBeVisible();
});

for (const [fixture, label] of [['cross-origin-iframe.html', 'OpenAI secret key'], ['closed-shadow.html', 'OpenAI API key']] as const) {
  test(`the popup’s list reaches into ${fixture}`, async ({ context, site, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${site}/${fixture}`);
    if (fixture.includes('iframe')) await expect.poll(() => page.frames().some((f) => f.url().includes('iframe-inner'))).toBe(true);
    await page.waitForLoadState('load');
    const popup = await openPopup(page);
    await expect(popup.getByRole('heading', { name: 'Key fields on this page: 1' })).toBeVisible();
    await expect(popup.getByRole('region', { name: /Key fields/ }).getByRole('listitem')).toContainText(label);
  });
}
