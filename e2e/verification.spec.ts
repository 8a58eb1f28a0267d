import { keys, secretMiddle } from '../test/keys';
import { answers, REQUEST_UUID } from '../test/openai-bodies';
import { statusPages } from '../test/status-bodies';
import { expect, test } from './support/extension';
import { DemoPage, OptionsPage, WarningView } from './support/pages';
import { badgeOf, checksOnSite, tabState } from './support/worker-state';
import { clickInCard } from './support/card-click';
import { inlineWarning } from './support/inline-warning';
import { type Answer, rejected } from './support/openai-mock';
import { clearField, pasteInto } from './support/paste';

const VERDICTS: [name: string, answer: (key: string) => Answer, inline: string, role: 'alert' | 'status'][] = [
  ['live', () => answers.live(), 'OpenAI accepted this key.', 'status'],
  ['invalid', () => rejected, 'OpenAI rejected this key: it is wrong, revoked or deleted.', 'alert'],
  ['deactivated', () => answers.deactivated(), 'the account behind this key has been deactivated', 'alert'],
  ['no organization', () => answers.noOrganization(), 'not a member of any organization', 'alert'],
  ['restricted', () => answers.restricted(), 'The key is valid but restricted', 'status'],
  ['IP not allowed (ip_not_authorized)', () => answers.ipNotAllowed('ip_not_authorized'), 'allows only certain IP addresses', 'status'],
  ['IP not allowed (no code)', () => answers.ipNotAllowed(null), 'allows only certain IP addresses', 'status'],
  ['region blocked', () => answers.regionBlocked(), 'country, region or territory is not supported', 'status'],
  // The key is valid, but the app's requests will fail: said as firmly as a wrong key.
  ['no credit', () => answers.noCredit(), 'there is no usable credit', 'alert'],
  ['billing not active', () => answers.billingNotActive(), 'billing is not active on its account', 'alert'],
  ['rate limited', () => answers.rateLimited(), 'it is being rate-limited right now', 'status'],
  ['outage (500)', () => answers.serverError(), 'OpenAI is having trouble and could not answer.', 'status'],
  ['outage (502 HTML)', () => answers.badGateway(), 'OpenAI is having trouble and could not answer.', 'status'],
  ['unreachable', () => 'abort', 'Key Doctor could not reach OpenAI from this network.', 'status'],
];

test.describe('every verdict, pasted on a page and shown inline and in the popup', () => {
  for (const [name, answer, inline, role] of VERDICTS) {
    test(name, async ({ context, site, openai, openPopup }) => {
      const key = keys.project164();
      openai.respondWith(answer(key));
      const demo = await DemoPage.open(context, site);
      const { page } = demo;
      await demo.paste(key);
      await demo.warning.says(inline, 10_000);
      const warning = await inlineWarning(page);
      expect(warning?.role).toBe(role);
      expect(warning?.text).not.toContain(secretMiddle(key).slice(0, 8));
      const popup = await openPopup(page);
      await expect(popup.getByRole('region', { name: 'What OpenAI said' })).toContainText(inline);
    });
  }
});

test('OpenAI’s own message and request id are shown as evidence, and the key is never echoed', async ({ context, site, openai }) => {
  const key = keys.project164();
  // A worst case: an answer that repeats the full key. It must come out masked.
  openai.respondWith({ status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }) });
  const demo = await DemoPage.open(context, site);
  await demo.paste(key);
  await demo.warning.says('OpenAI said: “Incorrect API key provided:');
  const text = await demo.warning.text();
  expect(text).toContain(`HTTP 401 · invalid_api_key · request ID ${REQUEST_UUID}`);
  expect(text).toContain(`${key.slice(0, 12)}…${key.slice(-4)}`);
  expect(text).not.toContain(secretMiddle(key).slice(0, 8));
});

test.describe('faults never make a key “invalid”', () => {
  const faults: [string, Answer][] = [
    ['a dropped connection', 'abort'],
    ['a 503 HTML page', { status: 503, contentType: 'text/html', body: '<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>' }],
    ['malformed JSON', { status: 401, body: '{"error": {"message": "Incorrect API key provi' }],
    ['a captive portal', { status: 200, contentType: 'text/html', body: '<html><body>Accept the hotel Wi-Fi terms</body></html>' }],
  ];
  for (const [name, answer] of faults) {
    test(name, async ({ context, site, openai }) => {
      openai.respondWith(answer);
      const demo = await DemoPage.open(context, site);
      await demo.paste(keys.project164());
      await demo.warning.says('says nothing about', 10_000);
      expect((await demo.warning.text())).not.toMatch(/rejected|invalid/i);
    });
  }

  test('a request that never gets an answer times out, is retried twice, and is not invalid', async ({ context, site, openai }) => {
    test.setTimeout(60_000);
    openai.respondWith('hang');
    const demo = await DemoPage.open(context, site);
    await demo.paste(keys.project164());
    await demo.warning.says('Checking this key with OpenAI…');
    await demo.warning.says('could not reach OpenAI', 45_000);
    expect((await demo.warning.text())).toContain('no answer in time');
    expect(openai.probes).toHaveLength(3);
  });
});

test('an outage says so, with the status page’s incident, and retries with backoff', async ({ context, site, openai }) => {
  openai.respondWith(answers.overloaded());
  openai.statusPage(statusPages.apiDegraded());
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('Incident: Elevated error rates on Chat Completions', 10_000);
  expect(openai.probes).toHaveLength(3);
});

test('a check cut short by the worker stopping ends honestly, and the next check works', async ({ context, site, openai }) => {
  openai.respondWith('hang');
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const field = demo.keyField;
  await pasteInto(field, keys.project164());
  await demo.warning.says('Checking this key with OpenAI…');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await demo.warning.says('The check with OpenAI did not finish');

  openai.respondWith(answers.live());
  await clearField(field);
  await pasteInto(field, keys.project164());
  await demo.warning.says('OpenAI accepted this key.');
});

test('the same key is asked about once: concurrent checks coalesce and the answer is reused', async ({ context, site, openai, worker }) => {
  const key = keys.project164();
  // OpenAI takes a while, so the second field's check starts while the first is still out.
  openai.delayMs = 1500;
  const demo = await DemoPage.open(context, site);
  await demo.paste(key);
  await demo.warning.says('Checking this key with OpenAI');
  await demo.paste(key, demo.textBox);
  // Had the second check asked OpenAI itself, its request would have been made before its answer came.
  await demo.warning.says('OpenAI accepted this key.');
  expect(openai.probes).toHaveLength(1);
  // Asked again later, the answer is reused: the third check's verdict arrives with no request.
  openai.delayMs = 0;
  const before = (await tabState(worker, demo.page.url()))?.at ?? 0;
  await demo.repaste(key);
  await expect.poll(async () => {
    const state = await tabState(worker, demo.page.url());
    return [(state?.at ?? 0) > before, state?.verdict?.kind];
  }).toEqual([true, 'live']);
  expect(openai.probes).toHaveLength(1);
  // The site's history lists the key once, with OpenAI's answer.
  expect((await checksOnSite(worker, site)).map((check) => check.verdict?.kind)).toEqual(['live']);
});

test('the key goes only to api.openai.com, only in the Authorization header', async ({ context, site, openai }) => {
  const key = keys.project164();
  const everything: { url: string; headers: Record<string, string>; body: string | null }[] = [];
  context.on('request', async (request) => everything.push({ url: request.url(), headers: await request.allHeaders(), body: request.postData() }));
  const demo = await DemoPage.open(context, site);
  await demo.paste(`"${key}"\n`);
  await demo.warning.says('OpenAI accepted this key.');
  const secret = secretMiddle(key).slice(0, 16);
  // The capture sees the page's requests and the service worker's: the probe itself is in it.
  expect(everything.some((r) => r.url === 'https://api.openai.com/v1/models')).toBe(true);
  const carrying = everything.filter((r) => JSON.stringify(r).includes(secret));
  expect(carrying.length).toBeGreaterThan(0);
  for (const request of carrying) {
    expect(request.url).toBe('https://api.openai.com/v1/models');
    expect(request.url).not.toContain(secret);
    expect(request.body ?? '').not.toContain(secret);
    const withKey = Object.entries(request.headers).filter(([, value]) => value.includes(secret));
    expect(withKey).toEqual([['authorization', `Bearer ${key}`]]);
  }
  expect(openai.probes.every((r) => !r.headers['openai-organization'] && !r.headers['openai-project'] && !r.headers.cookie)).toBe(true);
});

test('no storage area and no console holds the key', async ({ context, site, worker, openai }) => {
  const logged: string[] = [];
  worker.on('console', (message) => logged.push(message.text()));
  const demo = await DemoPage.open(context, site);
  demo.page.on('console', (message) => logged.push(message.text()));
  const pasted = [keys.project164(), keys.serviceAccount(), keys.legacy()];
  const answersInTurn: Answer[] = [answers.live(), rejected, answers.noCredit()];
  for (const [index, key] of pasted.entries()) {
    openai.respondWith(answersInTurn[index] ?? answers.live());
    await demo.repaste(key);
    await expect.poll(async () => (await demo.warning.role()) ?? '').toMatch(/alert|status/);
    await expect.poll(async () => await demo.warning.text()).not.toContain('Checking');
  }
  const dump = JSON.stringify(
    await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get(), await chrome.storage.sync.get()]),
  );
  expect(dump).toContain('verdict');
  for (const key of pasted) {
    expect(dump).not.toContain(secretMiddle(key).slice(0, 8));
    for (const line of logged) expect(line).not.toContain(secretMiddle(key).slice(0, 8));
  }
});

test('a page firing thousands of synthetic events makes no request', async ({ context, site, openai, worker }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const cards = await WarningView.countCards(page);
  await page.evaluate((key) => {
    const field = document.getElementById('openai-key') as HTMLInputElement;
    for (let i = 0; i < 3000; i++) {
      field.value = `${key}${i % 2 ? ' ' : ''}`;
      const data = new DataTransfer();
      data.setData('text/plain', field.value);
      field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }));
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }, keys.project164());
  // The events above were handled before anything that follows them. A person's paste now is the
  // first thing anything happens for: the one card, the one check, the one request.
  const key = keys.project164();
  await demo.repaste(key);
  await demo.warning.says('OpenAI accepted this key.');
  expect(await cards()).toBe(1);
  expect(await checksOnSite(worker, site)).toHaveLength(1);
  expect(openai.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${key}`]);
});

test('with checks set to “never”, nothing is sent', async ({ context, site, openai, extensionId }) => {
  await (await OptionsPage.open(context, extensionId)).setChecks('Never');
  const demo = await DemoPage.open(context, site);
  await demo.paste(`${keys.project164()} `);
  await demo.warning.says('a space at the end');
  // Where a check is planned, the card's first words are "Checking…": this card is the plan's final word.
  expect(await demo.warning.text()).not.toMatch(/Checking|OpenAI accepted/);
  expect(openai.probes).toHaveLength(0);
});

test('with checks set to “ask first”, a click on “Check with OpenAI” checks', async ({ context, site, openai, extensionId }) => {
  const options = (await OptionsPage.open(context, extensionId)).page;
  await options.getByRole('radio', { name: /Ask me first/ }).check();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const field = demo.keyField;
  await pasteInto(field, keys.project164());
  await demo.warning.says('Check it with OpenAI?');
  expect(openai.probes).toHaveLength(0);
  // The button lives in the closed shadow root: a person clicks it where it is drawn.
  await clickInCard(page, 'Check with OpenAI');
  await demo.warning.says('OpenAI accepted this key.');
  expect(openai.probes).toHaveLength(1);
});


test('the toolbar badge shows the tab’s state', async ({ context, site, openai, worker }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  const badge = () => badgeOf(worker, page.url());
  const field = demo.keyField;
  await pasteInto(field, keys.project164());
  await expect.poll(async () => (await badge())?.text).toBe('✓');
  expect((await badge())?.title).toBe('Key Doctor: OpenAI accepted the pasted key');

  openai.respondWith(rejected);
  await clearField(field);
  await pasteInto(field, keys.project164());
  await expect.poll(async () => (await badge())?.title).toBe('Key Doctor: OpenAI rejected the pasted key — click for details');
  expect((await badge())?.text).toBe('!');

  await clearField(field);
  await pasteInto(field, keys.anthropic());
  await expect.poll(async () => (await badge())?.title).toBe('Key Doctor: the pasted key has a problem — click for details');

  // Another page in the same tab: the badge and title were about the page before.
  await page.reload();
  await expect.poll(badge).toEqual({ text: '', title: 'Key Doctor' });
});

test('a page cannot make Key Doctor hammer OpenAI: six checks a minute per tab', async ({ context, site, openai }) => {
  const demo = await DemoPage.open(context, site);
  const field = demo.keyField;
  for (let i = 1; i <= 6; i++) {
    await clearField(field);
    await pasteInto(field, keys.project164());
    // Each different key is a new question to OpenAI.
    await expect.poll(() => openai.probes.length).toBe(i);
  }
  await clearField(field);
  await pasteInto(field, keys.project164());
  await demo.warning.says('Key Doctor paused its checks on this page for a minute');
  expect(openai.probes).toHaveLength(6);
});

test('an API incident from incident.io’s endpoint is shown beside the verdict, though the summary lists none', async ({ context, site, openai }) => {
  openai.respondWith(answers.serverError());
  openai.statusPage(statusPages.apiIncident());
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('OpenAI’s status page reports trouble with the API — Responses: full outage. Incident: Responses API unavailable (identified).', 10_000);
});

test('a ChatGPT-only incident is told as ChatGPT’s and changes nothing about the verdict', async ({ context, site, openai, openPopup }) => {
  openai.statusPage(statusPages.chatGptOnly());
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.paste(keys.project164());
  await demo.warning.says('ChatGPT has an incident (ChatGPT login errors); the API is not affected.');
  const text = await demo.warning.text();
  expect(text).toContain('OpenAI accepted this key.');
  expect(text).not.toContain('trouble with the API');
  expect((await demo.warning.role())).toBe('status');
  const popup = await openPopup(page);
  await expect(popup.locator('[data-step="openai_up"] .state')).toHaveText('Passed');
});

test('with only the summary readable, the API’s components are judged and no incident is claimed', async ({ context, site, openai }) => {
  openai.respondWith(answers.overloaded());
  openai.statusPage(statusPages.apiDegraded(), 'proxy');
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('reports trouble with the API — Chat Completions: partial outage.', 10_000);
  expect((await demo.warning.text())).not.toContain('Incident:');
});

test('an invalid key’s evidence carries OpenAI’s UUID request id inline, in the popup and in what is copied', async ({ context, site, openai, openPopup }) => {
  openai.respondWith(rejected);
  const key = keys.project164();
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.paste(key);
  await demo.warning.says(`request ID ${REQUEST_UUID}`);
  const inline = await demo.warning.text();
  // OpenAI's own mask keeps the length (152 stars for a 164-character key); Key Doctor shows its own.
  expect(inline).toContain(`Incorrect API key provided: ${key.slice(0, 12)}…${key.slice(-4)}.`);
  expect(inline).not.toContain('***');

  const popup = await openPopup(page);
  const panel = popup.getByRole('region', { name: 'What OpenAI said' });
  await expect(panel).toContainText(`request ID ${REQUEST_UUID}`);
  await panel.getByRole('button', { name: 'Copy details for support' }).click();
  await expect(panel.getByRole('status')).toContainText('Copied');
  // Read back where a person would paste it: in a web page, which may read the clipboard once allowed.
  await context.grantPermissions(['clipboard-read'], { origin: site });
  await page.bringToFront();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Request ID: ${REQUEST_UUID}`);
  expect(copied).toContain('HTTP status: 401');
  expect(copied).toContain('Code: invalid_api_key');
  expect(copied).toContain(`Key: ${key.slice(0, 12)}…${key.slice(-4)}`);
  expect(copied).not.toContain(secretMiddle(key).slice(0, 8));
});

test('a data-residency key is told which host to use; only the allow-listed host is asked to confirm', async ({ context, site, openai }) => {
  const everything: string[] = [];
  context.on('request', (request) => everything.push(request.url()));
  openai.respondWith(answers.incorrectHostname('us.api.openai.com'));
  openai.byHost['us.api.openai.com'] = answers.live();
  const key = keys.project164();
  const demo = await DemoPage.open(context, site);
  await demo.paste(key);
  await demo.warning.says('This key belongs to a project pinned to us.api.openai.com: OpenAI accepted it there.');
  const text = await demo.warning.text();
  expect(text).toContain('Set the app’s base URL to https://us.api.openai.com/v1.');
  expect(text).not.toMatch(/rejected|invalid/i);
  expect(openai.probes.map((r) => r.url)).toEqual(['https://api.openai.com/v1/models', 'https://us.api.openai.com/v1/models']);
  expect(openai.probes.every((r) => r.headers.authorization === `Bearer ${key}`)).toBe(true);
  expect(everything.filter((url) => !url.startsWith(site))).toEqual(expect.arrayContaining(['https://us.api.openai.com/v1/models']));
});

test('a host named in an answer that is not OpenAI’s is reported, never contacted', async ({ context, site, openai }) => {
  const everything: string[] = [];
  context.on('request', (request) => everything.push(request.url()));
  openai.respondWith(answers.incorrectHostname('api.openai.com.evil.example'));
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('OpenAI sent Key Doctor to api.openai.com.evil.example, a host it does not contact.');
  expect(openai.probes).toHaveLength(1);
  expect(everything.some((url) => url.includes('evil.example'))).toBe(false);
});

test('a 164-character sk-None- key is checked with OpenAI, not called unrecognised', async ({ context, site, openai }) => {
  const key = keys.orgUser164();
  const demo = await DemoPage.open(context, site);
  await demo.paste(key);
  await demo.warning.says('OpenAI accepted this key.');
  expect((await demo.warning.text())).not.toMatch(/unrecognised|does not know/i);
  expect(openai.probes).toHaveLength(1);
  expect(openai.probes[0]?.headers.authorization).toBe(`Bearer ${key}`);
});
