import { keys, secretMiddle } from '../test/keys';
import { answers } from '../test/openai-bodies';
import { expect, test } from './support/extension';
import { DemoPage, OptionsPage } from './support/pages';

/** Pastes a key OpenAI accepts and returns what the warning says once every consented extra has answered. */
async function pasteAndWait(demo: DemoPage, key: string): Promise<string> {
  await demo.paste(key);
  await demo.warning.says('OpenAI accepted this key.');
  return demo.warning.text();
}

test('without consent, no extra request is made', async ({ context, site, openai }) => {
  await pasteAndWait(await DemoPage.open(context, site), keys.project164());
  expect(openai.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/models']);
});

test('the credit check, once consented, makes one one-token completion on the cheapest listed model’s dated snapshot', async ({ context, site, openai, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByText('Each check costs a fraction of a cent')).toBeVisible();
  await options.consent(/Check for credit/);
  const key = keys.project164();
  const demo = await DemoPage.open(context, site);
  const text = await pasteAndWait(demo, key);
  expect(text).toContain('Credit check: OpenAI accepted a one-token request to gpt-4o-mini-2024-07-18: this key can make requests now.');
  expect(text).toContain('does not prove paid credit');
  expect(text).not.toMatch(/has credit|can spend/);
  const completions = openai.requests.filter((r) => r.url === 'https://api.openai.com/v1/chat/completions');
  expect(completions).toHaveLength(1);
  expect(completions[0]?.method).toBe('POST');
  expect(JSON.parse(completions[0]?.body ?? '{}')).toEqual({ model: 'gpt-4o-mini-2024-07-18', messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 });
  expect(completions[0]?.body).not.toContain(secretMiddle(key).slice(0, 8));

  // A second paste of the same key spends nothing more.
  await demo.page.reload();
  await pasteAndWait(demo, key);
  expect(openai.requests.filter((r) => r.url.endsWith('/v1/chat/completions'))).toHaveLength(1);
});

test('the credit check tells a valid key with no credit, or with billing not active', async ({ context, site, openai, extensionId, openPopup }) => {
  openai.byPath['/v1/chat/completions'] = answers.noCredit();
  await (await OptionsPage.open(context, extensionId)).consent(/Check for credit/);
  const demo = await DemoPage.open(context, site);
  const text = await pasteAndWait(demo, keys.project164());
  expect(text).toContain('Credit: none. The key is valid, but there is no usable credit. Add credit or raise the spending limit');
  expect(text).toContain('ChatGPT Plus subscription does not pay for the API');
  const popup = await openPopup(demo.page);
  await expect(popup.getByRole('region', { name: 'What OpenAI said' })).toContainText('Credit: none.');

  openai.byPath['/v1/chat/completions'] = answers.billingNotActive();
  await demo.page.reload();
  const inactive = await pasteAndWait(demo, keys.project164());
  expect(inactive).toContain('Credit: none. The key is valid, but billing is not active on its account.');
});

test('“whose key is this” shows organization titles in the popup only, and keeps them no longer than the tab', async ({ context, site, extensionId, worker, openPopup }) => {
  await (await OptionsPage.open(context, extensionId)).consent(/Show whose key it is/);
  const demo = await DemoPage.open(context, site);
  const text = await pasteAndWait(demo, keys.project164());
  // The page can read whatever the card says: organization names are not for it.
  expect(text).not.toContain('Acme Research');
  const popup = await openPopup(demo.page);
  await expect(popup.getByRole('region', { name: 'What OpenAI said' })).toContainText('This key belongs to: Personal (personal) and Acme Research.');
  await expect(popup.getByRole('region', { name: 'What OpenAI said' })).not.toContainText('ada@example.com');
  const stored = async () => JSON.stringify(await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get()]));
  expect(await stored()).not.toContain('ada@example.com');
  expect(JSON.stringify(await worker.evaluate(() => chrome.storage.local.get()))).not.toContain('Acme Research');
  // Gone with the tab.
  await demo.page.close();
  await expect.poll(stored).not.toContain('Acme Research');
});
