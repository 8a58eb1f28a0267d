import { keys, secretMiddle } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage, OptionsPage } from './support/pages';
import { clearField, pasteInto } from './support/paste';

test('the popup shows the diagnosis of the last paste on the tab', async ({ context, site, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const key = keys.project164();
  await demo.paste(`"${key.slice(0, 51)}"`);
  await demo.warning.shows();

  const popup = await openPopup(page);
  await expect(popup.getByRole('heading', { name: 'Last paste on this page' })).toBeVisible();
  await expect(popup.getByRole('status')).toHaveText('This key won’t work as pasted');
  await expect(popup.getByText('Into “OpenAI API Key” on http://127.0.0.1')).toBeVisible();
  await expect(popup.locator('[data-step="clean"] .state')).toHaveText('Failed');
  const lastPaste = popup.getByRole('region', { name: 'Last paste on this page' });
  await expect(lastPaste.getByText('The key is cut short: it has 51 characters')).toBeVisible();
  await expect(lastPaste.getByText('The key is wrapped in quotes')).toBeVisible();
  await expect(lastPaste.locator('code')).toHaveText(`${key.slice(0, 12)}… (51 characters)`.replace(/… \(51 characters\)$/, `…${key.slice(47, 51)}`));
  expect(await popup.content()).not.toContain(secretMiddle(key).slice(0, 8));
});

test('the popup says when nothing was pasted on the tab', async ({ context, site, openPopup }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const popup = await openPopup(page);
  await expect(popup.getByRole('heading', { name: 'No key pasted on this page yet' })).toBeVisible();
});

test('the options page renders, and a setting survives a reload', async ({ context, extensionId, worker }) => {
  const page = (await OptionsPage.open(context, extensionId)).page;
  await expect(page.getByRole('heading', { name: 'Key Doctor settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Check automatically/ })).toBeChecked();
  await page.getByRole('radio', { name: /Never/ }).check();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('radio', { name: /Never/ })).toBeChecked();
  const stored = await worker.evaluate(() => chrome.storage.local.get());
  expect(stored).toMatchObject({ version: 8, settings: { autoCheck: 'never', checkModeChosen: true, statusChecks: true, creditCheck: false, accountInfo: false } });
});

test('no storage area holds the key after pastes', async ({ context, site, worker }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const pasted = [keys.project164(), keys.serviceAccount(), keys.legacy()];
  const field = page.getByLabel('OpenAI API key (text box)');
  for (const key of pasted) {
    await clearField(field);
    await pasteInto(field, `${key}\n`);
    await expect.poll(async () => (await demo.warning.text())).toContain(key.slice(-4));
  }
  const dump = JSON.stringify(
    await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get(), await chrome.storage.sync.get()]),
  );
  for (const key of pasted) expect(dump).not.toContain(secretMiddle(key).slice(0, 8));
});

test('a keyboard shortcut opens the popup: Alt+Shift+K, registered with the browser', async ({ worker }) => {
  // A headless browser cannot be sent a browser-level shortcut; what it can say is that the shortcut is its own.
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands).toEqual([expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+K' })]);
});
