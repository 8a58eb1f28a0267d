import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { keys, secretMiddle } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage, OptionsPage, WarningView } from './support/pages';
import { checksOnSite } from './support/worker-state';
import { clearField, pasteInto } from './support/paste';

async function addHint(context: BrowserContext, extensionId: string, key: string, label: string): Promise<Page> {
  const options = await OptionsPage.open(context, extensionId);
  await options.addHint(key, label);
  return options.page;
}

test('a hint is made from a pasted key and keeps no key', async ({ context, extensionId, worker }) => {
  const key = keys.project164();
  const options = await addHint(context, extensionId, key, 'Work – Marketing');
  const section = options.getByRole('region', { name: 'Key hints' });
  await expect(section.locator('code')).toHaveText(`${key.slice(0, 12)}…${key.slice(-4)}`);
  await expect(section).toContainText('OpenAI project key, 164 characters');
  await expect(section.getByLabel('Key', { exact: true })).toHaveValue('');
  const dump = JSON.stringify(await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get()]));
  expect(dump).toContain('Work – Marketing');
  expect(dump).not.toContain(secretMiddle(key).slice(0, 8));
});

test('a paste says which of your keys it is — in the popup, never in the page', async ({ context, site, extensionId, openPopup }) => {
  const work = keys.project164();
  await addHint(context, extensionId, work, 'Work – Marketing');
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.paste(work);
  await demo.warning.says('OpenAI accepted this key.');
  expect(await demo.warning.text()).not.toMatch(/Work|hint/);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="same_key"] .state')).toHaveText('Passed');
  await expect(popup.locator('[data-step="same_key"] .reason')).toHaveText('This is your key “Work – Marketing”.');
});

test('a paste of a key that is none of your hints says so — in the popup, never in the page', async ({ context, site, extensionId, openPopup }) => {
  await addHint(context, extensionId, keys.project164(), 'Work – Marketing');
  const page = await context.newPage();
  await page.goto(`${site}/textarea.html`);
  await pasteInto(page.getByLabel('OPENAI_API_KEY'), keys.project132());
  await new WarningView(page).says('OpenAI accepted this key.');
  expect(await new WarningView(page).text()).not.toContain('hints');
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="same_key"] .state')).toHaveText('Failed');
  await expect(popup.getByText('This key does not match your saved key hint.').first()).toBeVisible();
});

test('hints can be renamed, annotated, reordered and deleted; a non-key is refused', async ({ context, extensionId, worker }) => {
  const options = await addHint(context, extensionId, keys.project164(), 'Work');
  await addHint(context, extensionId, keys.legacy(), 'Home');
  await options.reload();
  const section = options.getByRole('region', { name: 'Key hints' });
  const labels = () => section.locator('[data-hint] .hint-main input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(await labels()).toEqual(['Work', 'Home']);
  await section.getByRole('button', { name: 'Move Home up' }).click();
  await expect.poll(labels).toEqual(['Home', 'Work']);
  await section.getByLabel('Label of Work').fill('Work – Marketing');
  await section.getByLabel('Label of Work').press('Tab');
  await section.getByLabel('Note on Home').fill('personal org');
  await section.getByLabel('Note on Home').press('Tab');
  await expect.poll(labels).toEqual(['Home', 'Work – Marketing']);
  await section.getByRole('button', { name: 'Delete Home' }).click();
  await expect.poll(labels).toEqual(['Work – Marketing']);
  const stored = (await worker.evaluate(() => chrome.storage.local.get())) as { hints: { label: string }[] };
  expect(stored.hints.map((h) => h.label)).toEqual(['Work – Marketing']);

  await section.getByLabel('Label', { exact: true }).fill('Oops');
  await section.getByLabel('Key', { exact: true }).fill(keys.organizationId());
  await section.getByRole('button', { name: 'Add hint' }).click();
  await expect(section.getByRole('alert')).toContainText('This is an organization ID, not an API key.');
  expect(await labels()).toEqual(['Work – Marketing']);
});

test('per-site memory notices a different key on a second paste, and can be forgotten', async ({ context, site, extensionId, worker }) => {
  const [first, second] = [keys.project164(), keys.serviceAccount()];
  const demo = await DemoPage.open(context, site);
  const field = demo.keyField;
  await pasteInto(field, first);
  await demo.warning.says('OpenAI accepted this key.');
  expect((await demo.warning.text())).not.toContain('last time');
  await clearField(field);
  await pasteInto(field, second);
  await expect.poll(async () => await demo.warning.text()).toContain(
    `This is not the key you used on this site last time (${first.slice(0, 12)}…${first.slice(-4)}, just now).`,
  );

  const options = (await OptionsPage.open(context, extensionId)).page;
  const sites = options.getByRole('region', { name: 'Sites' });
  await expect(sites.getByRole('listitem')).toHaveCount(1);
  await expect(sites.getByRole('listitem')).toContainText(`${site} — ${second.slice(0, 11)}`);
  await sites.getByLabel('Remember for').selectOption('7');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const dump = JSON.stringify(await worker.evaluate(() => chrome.storage.local.get()));
  expect(dump).toContain('"retentionDays":7');
  for (const key of [first, second]) expect(dump).not.toContain(secretMiddle(key).slice(0, 8));
  await sites.getByRole('button', { name: 'Forget all sites' }).click();
  await expect(sites).toContainText('No site remembered.');
  expect(((await worker.evaluate(() => chrome.storage.local.get())) as { sites: object }).sites).toEqual({});
});

test('export, clear, import: hints and settings come back; a bad file changes nothing', async ({ context, extensionId, worker }) => {
  const key = keys.project164();
  const options = await addHint(context, extensionId, key, 'Work');
  await addHint(context, extensionId, keys.legacy(), 'Home');
  await options.reload();
  await options.getByRole('radio', { name: /Never/ }).check();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  const transfer = options.getByRole('region', { name: 'Import and export' });
  const downloading = options.waitForEvent('download');
  await transfer.getByRole('button', { name: 'Export hints and settings' }).click();
  const file = await (await downloading).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'key-doctor-export', settings: { autoCheck: 'never' } });
  expect(text).not.toContain(secretMiddle(key).slice(0, 8));

  const section = options.getByRole('region', { name: 'Key hints' });
  await section.getByRole('button', { name: 'Delete Work' }).click();
  await section.getByRole('button', { name: 'Delete Home' }).click();
  await expect(section).toContainText('No hints yet.');
  await options.getByRole('radio', { name: /Check automatically/ }).check();

  await transfer.getByLabel('Import a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"key-doctor-export","version":1,"exportedAt":"x","settings":{"autoCheck":"sometimes"},"hints":[]}') });
  await expect(transfer.getByRole('alert')).toContainText('This is not a Key Doctor export: settings.autoCheck');
  await expect(transfer.getByRole('alert')).toContainText('Nothing was changed.');

  await transfer.getByLabel('Import a file').setInputFiles(file);
  await expect(transfer.getByRole('status')).toContainText('Imported your settings and 2 new hints');
  await expect(section.getByLabel('Label of Work')).toHaveValue('Work');
  await expect(section.getByLabel('Label of Home')).toHaveValue('Home');
  await expect(options.getByRole('radio', { name: /Never/ })).toBeChecked();
  const stored = (await worker.evaluate(() => chrome.storage.local.get())) as { hints: unknown[] };
  expect(stored.hints).toHaveLength(2);
});

test('corrupted storage is repaired field by field, keeping valid hints', async ({ context, extensionId, worker }) => {
  await addHint(context, extensionId, keys.project164(), 'Keep me');
  await worker.evaluate(async () => {
    const { hints } = (await chrome.storage.local.get('hints')) as { hints: unknown[] };
    await chrome.storage.local.set({ settings: { autoCheck: 42, statusChecks: 'yes' }, hints: [...hints, { id: 'zz', label: 7 }, 'junk'], sites: null });
  });
  const options = (await OptionsPage.open(context, extensionId)).page;
  // Settings that cannot be read lose the person's answer too: Key Doctor asks first until they choose again.
  await expect(options.getByText('You have not chosen yet: until you do, Key Doctor asks before each check.')).toBeVisible();
  await expect(options.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(options.getByRole('region', { name: 'Key hints' }).getByLabel('Label of Keep me')).toHaveValue('Keep me');
  const stored = (await worker.evaluate(() => chrome.storage.local.get())) as { hints: { label: string }[]; settings: { autoCheck: string; checkModeChosen: boolean }; sites: object };
  expect(stored.hints.map((h) => h.label)).toEqual(['Keep me']);
  expect(stored.settings).toMatchObject({ autoCheck: 'auto', checkModeChosen: false });
  expect(stored.sites).toEqual({});
});

test('on a site where Key Doctor should stay silent, it shows, checks and remembers nothing', async ({ context, site, extensionId, openai, worker }) => {
  const options = (await OptionsPage.open(context, extensionId)).page;
  const sites = options.getByRole('region', { name: 'Sites' });
  await sites.getByLabel('Site', { exact: true }).fill(`${site}/demo.html`);
  await sites.getByRole('button', { name: 'Add site' }).click();
  await expect(sites.getByRole('listitem').filter({ hasText: site })).toBeVisible();

  const demo = await DemoPage.open(context, site);
  const cards = await WarningView.countCards(demo.page);
  const silenced = keys.project164();
  await demo.paste(`"${silenced}"`);

  // Once the site is no longer silenced, the same paste is answered: by the time its card shows, the
  // silenced paste was long handled, and what it left can be counted.
  await sites.getByRole('button', { name: `Stop staying silent on ${site}` }).click();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  const heard = keys.project164();
  await demo.repaste(`"${heard}"`);
  await demo.warning.says('OpenAI accepted this key.');
  expect(await cards()).toBe(1);
  expect(await checksOnSite(worker, site)).toHaveLength(1);
  expect(openai.probes.map((probe) => probe.headers.authorization)).toEqual([`Bearer ${heard}`]);
});

test('a hint exported from another install matches here after import', async ({ context, site, extensionId, openPopup }) => {
  const key = keys.project164();
  const otherSalt = '0123456789abcdef'.repeat(2);
  const fingerprint = createHash('sha256').update(`key-doctor:${otherSalt}:${key}`).digest('hex');
  const file = {
    format: 'key-doctor-export', version: 1, exportedAt: '2026-11-01T00:00:00.000Z',
    settings: { autoCheck: 'auto', statusChecks: true, creditCheck: false, accountInfo: false, retentionDays: 30, silentSites: [] },
    hints: [{ id: 'a1b2c3d4e5f60718', label: 'From the laptop', note: '', kindLabel: 'OpenAI project key', prefix: key.slice(0, 12), last4: key.slice(-4), length: 164, fingerprint, salt: otherSalt, createdAt: 1 }],
  };
  const options = (await OptionsPage.open(context, extensionId)).page;
  await options.getByLabel('Import a file').setInputFiles({ name: 'laptop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(options.getByRole('region', { name: 'Import and export' }).getByRole('status')).toContainText('1 new hint;');
  const demo = await DemoPage.open(context, site);
  await demo.paste(key);
  await demo.warning.says('OpenAI accepted this key.');
  const popup = await openPopup(demo.page);
  await expect(popup.locator('[data-step="same_key"] .reason')).toHaveText('This is your key “From the laptop”.');
});
