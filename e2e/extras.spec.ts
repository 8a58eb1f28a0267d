import type { Page } from '@playwright/test';
import { keys, secretMiddle } from '../test/keys';
import { answers } from '../test/openai-bodies';
import { expect, test } from './support/extension';
import { inlineWarning } from './support/inline-warning';
import { pasteInto } from './support/paste';

async function consent(options: Page, name: RegExp): Promise<void> {
  await options.getByRole('checkbox', { name }).check();
  await expect(options.getByRole('status')).toHaveText('Saved.');
}

async function pasteAndWait(page: Page, site: string, key: string): Promise<string> {
  await page.goto(`${site}/demo.html`);
  await pasteInto(page.getByLabel('OpenAI API Key', { exact: true }), key);
  await expect.poll(async () => (await inlineWarning(page))?.text ?? '').toContain('OpenAI accepted this key.');
  return (await inlineWarning(page))?.text ?? '';
}

test('without consent, no extra request is made', async ({ context, site, openai }) => {
  await pasteAndWait(await context.newPage(), site, keys.project164());
  expect(openai.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/models']);
});

test('the credit check, once consented, makes one one-token completion on the cheapest listed model’s dated snapshot', async ({ context, site, openai, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByText('Each check costs a fraction of a cent')).toBeVisible();
  await consent(options, /Check for credit/);
  const key = keys.project164();
  const page = await context.newPage();
  const text = await pasteAndWait(page, site, key);
  expect(text).toContain('Credit check: OpenAI accepted a one-token request to gpt-4o-mini-2024-07-18: this key can make requests now.');
  expect(text).toContain('does not prove paid credit');
  expect(text).not.toMatch(/has credit|can spend/);
  const completions = openai.requests.filter((r) => r.url === 'https://api.openai.com/v1/chat/completions');
  expect(completions).toHaveLength(1);
  expect(completions[0]?.method).toBe('POST');
  expect(JSON.parse(completions[0]?.body ?? '{}')).toEqual({ model: 'gpt-4o-mini-2024-07-18', messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 });
  expect(completions[0]?.body).not.toContain(secretMiddle(key).slice(0, 8));

  // A second paste of the same key spends nothing more.
  await page.reload();
  await pasteAndWait(page, site, key);
  expect(openai.requests.filter((r) => r.url.endsWith('/v1/chat/completions'))).toHaveLength(1);
});

test('the credit check tells a valid key with no credit, or with billing not active', async ({ context, site, openai, extensionId, openPopup }) => {
  openai.byPath['/v1/chat/completions'] = answers.noCredit();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await consent(options, /Check for credit/);
  const page = await context.newPage();
  const text = await pasteAndWait(page, site, keys.project164());
  expect(text).toContain('Credit: none. The key is valid, but there is no usable credit. Add credit or raise the spending limit');
  expect(text).toContain('ChatGPT Plus subscription does not pay for the API');
  const popup = await openPopup(page);
  await expect(popup.getByRole('region', { name: 'What OpenAI said' })).toContainText('Credit: none.');

  openai.byPath['/v1/chat/completions'] = answers.billingNotActive();
  await page.reload();
  const inactive = await pasteAndWait(page, site, keys.project164());
  expect(inactive).toContain('Credit: none. The key is valid, but billing is not active on its account.');
});

test('“whose key is this” shows organization titles and keeps them nowhere', async ({ context, site, extensionId, worker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await consent(options, /Show whose key it is/);
  const text = await pasteAndWait(await context.newPage(), site, keys.project164());
  expect(text).toContain('This key belongs to: Personal (personal), Acme Research.');
  expect(text).not.toContain('ada@example.com');
  const dump = JSON.stringify(await worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get()]));
  expect(dump).toContain('verdict');
  expect(dump).not.toContain('Acme Research');
  expect(dump).not.toContain('ada@example.com');
});
