/**
 * The Firefox build in Debian's firefox-esr, as a person uses it: the welcome page answered by
 * clicks, a paste with Ctrl+V, a click in the card, the settings and the popup page. OpenAI is the
 * shared OpenAIMock behind the profile's proxy; nothing else leaves the machine.
 */
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveTestPages } from '../../scripts/test-page-server';
import { keys } from '../../test/keys';
import { rejected } from '../support/openai-mock';
import { FirefoxSession, waitFor } from './firefox-session';

const WELCOME = '/src/welcome/index.html';
const KEY_FIELD = '#openai-key';

let server: Server;
let site: string;
let firefox: FirefoxSession;

test.beforeAll(async () => {
  ({ server, origin: site } = await serveTestPages());
});
test.afterAll(() => server.close());
test.beforeEach(async () => {
  firefox = await FirefoxSession.start();
});
test.afterEach(async () => {
  await firefox.close();
});

/** The person answers the welcome page Key Doctor opened at install: picks an answer, clicks "Save my choice". */
async function answerWelcome(value: 'auto' | 'ask' | 'never'): Promise<string> {
  const tab = await firefox.extensionTab(WELCOME);
  const answer = await waitFor('the welcome page’s answers', () => firefox.node(tab, `input[name="autoCheck"][value="${value}"]`));
  await firefox.click(tab, answer);
  const save = await firefox.node(tab, 'button[type="submit"]');
  if (!save) throw new Error('no “Save my choice” button');
  await firefox.click(tab, save);
  await waitFor('the saved answer to take focus', () => firefox.evaluate<boolean>(tab, `document.activeElement?.id === 'answered'`));
  return tab;
}

const bearers = () => firefox.openai.probes.map((request) => `${new URL(request.url).host} ${request.headers.authorization}`);

test('the welcome page opens at install and the person’s answer is saved', async () => {
  const tab = await answerWelcome('auto');
  expect(await firefox.evaluate<string>(tab, `document.getElementById('answered').textContent`)).toBe('Saved. Key Doctor will check pasted keys with OpenAI by itself.');
  const stored = await firefox.evaluate<string>(tab, `browser.storage.local.get('settings').then(({ settings }) => settings.autoCheck + ' ' + settings.checkModeChosen)`);
  expect(stored).toBe('auto true');
  // Firefox grants the declared host access at install; Key Doctor reads it the way the popup does.
  expect(await firefox.evaluate<boolean>(tab, `browser.permissions.contains({ origins: ['<all_urls>'] })`)).toBe(true);
});

test('a trusted paste shows the inline warning, then OpenAI’s verdict, asked only of api.openai.com', async () => {
  await answerWelcome('auto');
  const page = await firefox.newTab(`${site}/demo.html`);
  const key = keys.project164();
  await firefox.paste(page, KEY_FIELD, `"${key}"`);
  await firefox.cardSays(page, 'wrapped in quotes');
  const card = await firefox.cardSays(page, 'OpenAI accepted this key.');
  expect(card).not.toContain(key.slice(12, 40));
  expect(bearers()).toEqual([`api.openai.com Bearer ${key}`]);
  expect(firefox.openai.requests.every((request) => request.url.startsWith('https://api.openai.com/'))).toBe(true);
});

test('a key OpenAI refuses is called invalid, with OpenAI’s own words', async () => {
  await answerWelcome('auto');
  firefox.openai.respondWith(rejected);
  const page = await firefox.newTab(`${site}/demo.html`);
  await firefox.paste(page, KEY_FIELD, keys.project164());
  await firefox.cardSays(page, 'OpenAI rejected this key: it is wrong, revoked or deleted.');
  await firefox.cardSays(page, 'Incorrect API key provided');
});

test('until the welcome page is answered nothing is sent without a click; the card’s button checks', async () => {
  await firefox.extensionTab(WELCOME);
  const page = await firefox.newTab(`${site}/demo.html`);
  await firefox.paste(page, KEY_FIELD, keys.project164());
  await firefox.cardSays(page, 'Check it with OpenAI?');
  expect(firefox.openai.requests).toEqual([]);
  await firefox.clickInCard(page, 'Check with OpenAI');
  await firefox.cardSays(page, 'OpenAI accepted this key.');
  expect(firefox.openai.probes).toHaveLength(1);
});

test('the settings and the popup page render, and the popup checks a key pasted into it', async () => {
  const welcome = await answerWelcome('ask');
  const open = await firefox.node(welcome, '.answer button');
  if (!open) throw new Error('no “Open the settings” button');
  await firefox.click(welcome, open);
  const options = await firefox.extensionTab('/src/options/index.html');
  await waitFor('the settings to load', () => firefox.evaluate<boolean>(options, `document.querySelector('input[name="autoCheck"]') !== null`));
  expect(await firefox.evaluate<string>(options, `document.querySelector('h1').textContent`)).toBe('Key Doctor settings');
  expect(await firefox.evaluate<string>(options, `document.querySelector('input[name="autoCheck"]:checked').value`)).toBe('ask');

  // The popup's page, in the welcome tab (BiDi may not open moz-extension:// URLs itself).
  await firefox.evaluate(welcome, `location.assign('/src/popup/index.html')`);
  const popup = await firefox.extensionTab('/src/popup/index.html');
  await waitFor('the popup to render', () => firefox.evaluate<boolean>(popup, `document.getElementById('any-key') !== null`));
  expect(await firefox.evaluate<string>(popup, `document.querySelector('h1').textContent`)).toBe('Key Doctor');
  const key = keys.project56();
  await firefox.paste(popup, '#any-key', key);
  const check = await firefox.nodeByText(popup, (await firefox.node(popup, 'form.any-key'))!, 'button', 'Check');
  if (!check) throw new Error('no “Check” button');
  await firefox.click(popup, check);
  await waitFor('the popup’s verdict', () => firefox.evaluate<boolean>(popup, `document.querySelector('.any-key-result')?.textContent.includes('OpenAI accepted this key.') ?? false`));
  expect(bearers()).toEqual([`api.openai.com Bearer ${key}`]);
});

test('with access to websites taken back, the toolbar and the pages say so and offer to ask for it again', async () => {
  const welcome = await answerWelcome('auto');
  // What a person does in about:addons (Permissions → "Access your data for all websites" off).
  expect(await firefox.evaluate<boolean>(welcome, `browser.permissions.remove({ origins: ['<all_urls>'] })`)).toBe(true);
  await waitFor('the toolbar to say so', async () =>
    (await firefox.evaluate<string>(welcome, `browser.action.getTitle({})`)) === 'Key Doctor cannot see websites — click to allow it');
  await firefox.evaluate(welcome, `location.assign('/src/popup/index.html')`);
  const popup = await firefox.extensionTab('/src/popup/index.html');
  await waitFor('the popup’s notice', () => firefox.evaluate<boolean>(popup, `document.getElementById('host-access-title')?.textContent === 'Key Doctor cannot see websites'`));
  expect(await firefox.node(popup, '.host-access button')).toBeDefined();
  // And no page gets Key Doctor: a paste shows nothing and sends nothing.
  const page = await firefox.newTab(`${site}/demo.html`);
  await firefox.paste(page, KEY_FIELD, keys.project164());
  expect(await firefox.evaluate<number>(page, `document.querySelector('#openai-key').value.length`)).toBe(164);
  // Nothing happening has no signal to wait on: give a card the time it takes elsewhere in this file (under 1 s), twice.
  await new Promise((done) => setTimeout(done, 2_000));
  expect(await firefox.cardText(page)).toBe('');
  expect(firefox.openai.requests).toEqual([]);
  // The page that just loaded did not take the warning off its tab's toolbar button (a tab's own badge hides the global one).
  const titles = () => firefox.evaluate<string[]>(popup, `browser.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) => browser.action.getTitle({ tabId: tab.id }))))`);
  const warned = await waitFor('every tab’s toolbar title to warn', async () => {
    const all = await titles();
    return all.length >= 2 && all.every((title) => title === 'Key Doctor cannot see websites — click to allow it') && all;
  });
  expect(warned.length).toBeGreaterThanOrEqual(2);
});
