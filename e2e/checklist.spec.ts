import type { Page } from '@playwright/test';
import { keys } from '../test/keys';
import { answers } from '../test/openai-bodies';
import { statusPages } from '../test/status-bodies';
import { expect, test } from './support/extension';
import { DemoPage } from './support/pages';
import { checksOnSite } from './support/worker-state';
import { type Answer, rejected } from './support/openai-mock';
import { clearField, pasteInto } from './support/paste';

type State = 'Passed' | 'Failed' | 'Unknown' | 'Not checked';

/** Each step's spoken state, as the popup shows it. */
async function stepStates(popup: Page): Promise<Record<string, string>> {
  const steps = popup.getByRole('region', { name: 'Troubleshooting checklist' }).getByRole('listitem').filter({ has: popup.locator('.state') });
  await expect(steps.first()).toBeVisible();
  const entries = await steps.evaluateAll((items) =>
    items.map((item) => [item.getAttribute('data-step') ?? '', item.querySelector('.state')?.textContent ?? '']),
  );
  return Object.fromEntries(entries);
}

const SCENARIOS: { name: string; paste: string; answer?: Answer; expected: Record<string, State>; reason?: [string, string] }[] = [
  { name: 'a truncated key', paste: keys.project164().slice(0, 120), expected: { clean: 'Failed', exists: 'Not checked' }, reason: ['clean', 'ends 44 characters early'] },
  { name: 'a key with junk around it', paste: `"${keys.project164()}"`, expected: { clean: 'Failed', exists: 'Passed', network: 'Passed' }, reason: ['clean', 'wrapped in quotes'] },
  { name: 'another provider’s key', paste: keys.groq(), expected: { clean: 'Failed', exists: 'Not checked' }, reason: ['clean', 'Groq'] },
  { name: 'an invalid key', paste: keys.project164(), answer: rejected, expected: { clean: 'Passed', exists: 'Failed' } },
  { name: 'a restricted key', paste: keys.project164(), answer: answers.restricted(), expected: { exists: 'Passed', credit: 'Not checked' } },
  { name: 'no credit', paste: keys.project164(), answer: answers.noCredit(), expected: { exists: 'Passed', credit: 'Failed' }, reason: ['credit', 'ChatGPT Plus'] },
  { name: 'an outage', paste: keys.project164(), answer: answers.serverError(), expected: { exists: 'Unknown', openai_up: 'Failed' } },
  { name: 'an unreachable network', paste: keys.project164(), answer: 'abort', expected: { exists: 'Unknown', network: 'Not checked' } },
];

test.describe('the checklist in scenarios a person meets', () => {
  for (const scenario of SCENARIOS) {
    test(scenario.name, async ({ context, site, openai, openPopup }) => {
      if (scenario.answer) openai.respondWith(scenario.answer);
      const demo = await DemoPage.open(context, site);
      const { page } = demo;
      await demo.paste(scenario.paste);
      await expect.poll(async () => await demo.warning.text(), { timeout: 10_000 }).not.toMatch(/^$|Checking/);
      const popup = await openPopup(page);
      expect(await stepStates(popup)).toMatchObject({ same_key: 'Not checked', ...scenario.expected });
      if (scenario.reason) {
        const [step, text] = scenario.reason;
        await expect(popup.locator(`[data-step="${step}"] .reason`)).toContainText(text);
      }
    });
  }
});

test('the network step tests the connection without a key', async ({ context, site, openai, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Test the connection to OpenAI' }).click();
  await expect(popup.locator('[data-step="network"] .reason')).toHaveText('OpenAI answered from this network.');
  await expect(popup.locator('[data-step="network"] .state')).toHaveText('Passed');
  expect(openai.requests.filter((r) => !r.headers.authorization)).toHaveLength(1);
});

test('the network step tells a blocked network', async ({ context, site, openai, openPopup }) => {
  openai.cutOff();
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="openai_up"] .state')).toHaveText('Unknown');
  await popup.getByRole('button', { name: 'Test the connection to OpenAI' }).click();
  await expect(popup.locator('[data-step="network"] .reason')).toContainText('OpenAI could not be reached (the connection failed)');
  await expect(popup.locator('[data-step="network"] .state')).toHaveText('Failed');
});

test('the status step reports an incident', async ({ context, site, openai, openPopup }) => {
  openai.statusPage(statusPages.apiDegraded());
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="openai_up"] .state')).toHaveText('Failed');
  await expect(popup.locator('[data-step="openai_up"] .reason')).toContainText(
    'reports trouble with the API — Chat Completions: partial outage. Incident: Elevated error rates on Chat Completions (investigating).',
  );
});

test('the status step passes the API when only ChatGPT has trouble, and says so', async ({ context, site, openai, openPopup }) => {
  openai.statusPage(statusPages.chatGptOnly());
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="openai_up"] .state')).toHaveText('Passed');
  await expect(popup.locator('[data-step="openai_up"] .reason')).toContainText('ChatGPT has an incident (ChatGPT login errors); the API is not affected.');
});

/** How often the fixture server really served its cacheable script. */
const fetches = async (page: Page, site: string) => Number(await (await page.request.get(`${site}/cacheable-fetches`)).text());

test.describe('the checklist’s actions do what they say', () => {
  test('“Clear this site’s cache” makes the browser fetch a cached resource again', async ({ context, site, openPopup }) => {
    // Playwright turns the HTTP cache off while any request is routed; this test needs no mock.
    await context.unrouteAll({ behavior: 'wait' });
    const page = await context.newPage();
    await page.goto(`${site}/saved-key-app.html`);
    const first = await fetches(page, site);
    // The site asks for its script again, as apps do for their bundles: the HTTP cache answers.
    const refetch = () => page.evaluate(() => fetch('/cacheable.js').then((r) => r.text()));
    await refetch();
    expect(await fetches(page, site), 'served from the cache').toBe(first);

    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'Clear this site’s cache' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Cleared the cache of' })).toBeVisible();
    await refetch();
    expect(await fetches(page, site), 'fetched again').toBe(first + 1);
    expect(await page.evaluate(() => localStorage.getItem('openai_api_key')), 'stored data untouched').toBeNull();
  });

  test('“Clear this site’s stored data” asks first, then removes the saved key', async ({ context, site, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${site}/saved-key-app.html`);
    await page.evaluate(() => localStorage.setItem('openai_api_key', 'sk-an-old-key-the-app-kept'));
    await page.reload();
    await expect(page.getByText('A key is saved.')).toBeVisible();

    const popup = await openPopup(page);
    const trigger = popup.getByRole('button', { name: 'Clear this site’s stored data…' });
    await trigger.click();
    const confirm = popup.getByRole('alertdialog');
    await expect(confirm).toContainText('including a key you entered there');
    await expect(confirm).toContainText('signs you out');
    // Focus goes into the question, on the safe answer; Escape closes it and focus goes back to the button.
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await popup.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(trigger).toBeFocused();
    await popup.keyboard.press('Enter');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(trigger).toBeFocused();
    expect(await page.evaluate(() => localStorage.getItem('openai_api_key'))).toBe('sk-an-old-key-the-app-kept');

    await popup.getByRole('button', { name: 'Clear this site’s stored data…' }).click();
    await popup.getByRole('button', { name: 'Clear stored data and sign out' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Cleared what' })).toBeVisible();
    await page.reload();
    await expect(page.getByText('No key saved.')).toBeVisible();
  });

  test('“Reload the page” reloads it', async ({ context, site, openPopup }) => {
    const page = await context.newPage();
    await page.goto(`${site}/saved-key-app.html`);
    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    const popup = await openPopup(page);
    const loaded = page.waitForEvent('load');
    await popup.getByRole('button', { name: 'Reload the page' }).click();
    await loaded;
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
  });
});

test.describe('check any key, in the popup', () => {
  test('diagnoses and verifies a key pasted into the popup, keeping it nowhere', async ({ context, site, openai, openPopup, worker }) => {
    const key = keys.project164();
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    const popup = await openPopup(page);
    const box = popup.getByRole('region', { name: 'Check any key' });
    await box.getByLabel('Paste a key to check it here, without any site').fill(`Bearer ${key}`);
    await box.getByRole('button', { name: 'Check' }).click();
    await expect(box).toContainText('The paste starts with “Bearer”');
    await expect(box).toContainText('OpenAI accepted this key.');
    await expect(box.locator('code')).toHaveText(`${key.slice(0, 12)}…${key.slice(-4)}`);
    expect(openai.probes[0]?.headers.authorization).toBe(`Bearer ${key}`);
    const dump = JSON.stringify(await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get()]));
    expect(dump).not.toContain(key.slice(12, 40));
  });

  test('says when OpenAI rejects it, and sends nothing for a broken one', async ({ context, site, openai, openPopup }) => {
    openai.respondWith(rejected);
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    const popup = await openPopup(page);
    const box = popup.getByRole('region', { name: 'Check any key' });
    const input = box.getByLabel('Paste a key to check it here, without any site');
    await input.fill(keys.project164());
    await input.press('Enter');
    await expect(box).toContainText('OpenAI rejected this key');
    await input.fill('sk-proj-...abcd');
    await box.getByRole('button', { name: 'Check' }).click();
    await expect(box).toContainText('shortened form of a key');
    await expect(box).toContainText('Not sent to OpenAI');
    expect(openai.probes).toHaveLength(1);
  });
});

test('the popup lists earlier checks on this site, by mask and time', async ({ context, site, openai, openPopup }) => {
  const [first, second] = [keys.project164(), keys.serviceAccount()];
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const field = demo.keyField;
  openai.respondWith(rejected);
  await pasteInto(field, first);
  await demo.warning.says('OpenAI rejected');
  openai.respondWith(answers.live());
  await clearField(field);
  await pasteInto(field, second);
  await demo.warning.says('OpenAI accepted');
  const popup = await openPopup(page);
  const history = popup.getByRole('region', { name: 'Checks on this site' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(`${second.slice(0, 12)}…${second.slice(-4)}`);
  await expect(history.nth(0)).toContainText('OpenAI accepted this key.');
  await expect(history.nth(1)).toContainText('OpenAI rejected this key');
  expect(await popup.content()).not.toContain(first.slice(12, 40));
});

test('the popup works from the keyboard alone', async ({ context, site, openai, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  const target = popup.getByRole('button', { name: 'Test the connection to OpenAI' });
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 30 && !(await target.evaluate((el) => el === document.activeElement)); presses++) {
    await popup.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('[data-step="network"] .state')).toHaveText('Passed');
  expect(openai.requests).toHaveLength(1);
});

test('the popup has a dark look', async ({ context, site, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  const background = () => popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(32, 33, 36)');
});

test('a paste right after typing is checked once, not again when the typing pause ends', async ({ context, site, openPopup, worker }) => {
  const key = keys.project164();
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
  await page.evaluate((text) => navigator.clipboard.writeText(text), key);
  await demo.keyField.click();
  await page.keyboard.type('x');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await demo.warning.says('OpenAI accepted');
  // Typing in the other key field starts a pause of the same length, later: once it has been checked,
  // a pause left over from the first field would have ended, and its check would be in the list.
  await page.keyboard.press('Escape');
  await demo.textBox.click();
  await page.keyboard.type('sk-');
  await expect.poll(async () => (await checksOnSite(worker, site)).length).toBeGreaterThanOrEqual(2);
  const popup = await openPopup(page);
  await expect(popup.getByRole('region', { name: 'Checks on this site' }).getByRole('listitem')).toHaveCount(2);
  expect((await checksOnSite(worker, site)).map((check) => check.mask)).toEqual(['sk-… (3 characters)', `${key.slice(0, 12)}…${key.slice(-4)}`]);
});
