import type { Page, Worker } from '@playwright/test';
import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { rejected } from './support/openai-mock';
import { DemoPage, WarningView } from './support/pages';
import { pasteInto } from './support/paste';
import { popupForKeyWithoutCredit, popupPicture } from './support/scenarios';

/**
 * The README's pictures, made by `npm run screenshots` — never by `npm test`, which must leave the
 * work tree clean. At a fixed time, in UTC, each popup cropped to what a popup shows (600 px).
 */
const AT = Date.UTC(2026, 10, 30, 9, 41);
const shot = (name: string) => `docs/screenshots/${name}.png`;

/** The worker stamps what it keeps with this clock: the times the popup shows. */
const freezeClock = (worker: Worker) => worker.evaluate((at) => {
  Date.now = () => at;
}, AT);

async function popupShot(popup: Page, name: string): Promise<void> {
  await popupPicture(popup, shot(name));
}

test.beforeEach(async ({ worker }) => {
  await freezeClock(worker);
});

test('the inline warning, light and dark', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  await demo.paste(`${keys.project164()}\n`, demo.textBox);
  await demo.warning.says('a line break at the end');
  await demo.page.screenshot({ path: shot('inline-warning'), clip: { x: 220, y: 0, width: 700, height: 620 } });

  const dark = await DemoPage.open(context, site);
  await dark.page.emulateMedia({ colorScheme: 'dark' });
  await dark.paste(`"${keys.project164()}"`);
  await dark.warning.says('wrapped in quotes');
  await dark.page.screenshot({ path: shot('inline-warning-dark'), clip: { x: 220, y: 150, width: 700, height: 400 } });
});

test('a verdict inline: OpenAI rejected the key', async ({ context, site, openai }) => {
  openai.respondWith(rejected);
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('request ID');
  await demo.page.screenshot({ path: shot('verdict-invalid'), clip: { x: 220, y: 150, width: 700, height: 420 } });
});

test('the popup: a key wrapped in quotes and cut short, light and dark', async ({ context, site, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  await demo.paste(`"${keys.project164().slice(0, 51)}"`);
  await demo.warning.says('cut short');
  const popup = await openPopup(demo.page);
  await expect(popup.getByRole('heading', { name: 'Last paste on this page' })).toBeVisible();
  await popupShot(popup, 'popup');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popupShot(popup, 'popup-dark');
});

test('the checklist for a valid key with no credit', async ({ context, site, openai, openPopup }) => {
  const popup = await popupForKeyWithoutCredit({ context, site, openai, openPopup });
  const checklist = popup.getByRole('region', { name: 'Troubleshooting checklist' });
  await checklist.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await popupShot(popup, 'checklist');
});

test('an app’s setup judged: NextChat with /v1 in its endpoint, inline and in the popup', async ({ context, site, openPopup }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(`${site}/apps/nextchat.html`);
  await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
  const warning = new WarningView(page);
  await warning.says('this app will fail as it is set up');
  await page.screenshot({ path: shot('app-setup'), clip: { x: 0, y: 200, width: 760, height: 760 } });
  const popup = await openPopup(page);
  await expect(popup.locator('[data-layer="endpoint"] .state')).toHaveText('Failed');
  await popupShot(popup, 'popup-summary');
});

test('the settings', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(AT);
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const hints = page.getByRole('region', { name: 'Key hints' });
  await hints.getByLabel('Label', { exact: true }).fill('Work – Marketing');
  await hints.getByLabel('Key', { exact: true }).fill(keys.project164());
  await hints.getByRole('button', { name: 'Add hint' }).click();
  await expect(hints.getByLabel('Label of Work – Marketing')).toBeVisible();
  await page.screenshot({ path: shot('options'), fullPage: true });
});

test('the site removed the key: said first, inline', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/site-behaviour/controlled-old-format.html`);
  await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
  const warning = new WarningView(page);
  await warning.says('the site’s own check is out of date');
  await page.screenshot({ path: shot('site-removed-key'), clip: { x: 0, y: 0, width: 760, height: 520 } });
});

test('the popup found the old key a site kept', async ({ context, site, openPopup }) => {
  const [old, pasted] = [keys.project164(), keys.project164()];
  const page = await context.newPage();
  await page.goto(`${site}/site-behaviour/betterchatgpt-old-key.html`);
  await page.evaluate((key) => localStorage.setItem('free-chat-gpt', JSON.stringify({ state: { apiKey: key }, version: 8 })), old);
  await page.reload();
  await pasteInto(page.getByLabel('API Key'), pasted);
  await new WarningView(page).says('OpenAI accepted');
  const popup = await openPopup(page);
  const step = popup.locator('[data-step="stale_cache"]');
  await step.getByRole('button', { name: 'Look for a saved key on this site' }).click();
  await step.getByRole('listitem').getByRole('button', { name: 'Clear only this entry…' }).click();
  await expect(step.getByRole('alertdialog')).toBeVisible();
  await step.screenshot({ path: shot('saved-key') });
});
