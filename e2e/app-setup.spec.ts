import type { BrowserContext, Locator, Page } from '@playwright/test';
import { keys, secretMiddle } from '../test/keys';
import { answers } from '../test/openai-bodies';
import { expect, test } from './support/extension';
import { account } from './support/openai-mock';
import { WarningView } from './support/pages';
import { clearField, pasteInto } from './support/paste';

/** Will it work in this app? The key judged together with the app's settings beside the field (issue 11). */

const ORG = 'org-AbCdEfGhIjKlMnOpQrStUvWx';
const OTHER_ORG = 'org-ZyXwVuTsRqPoNmLkJiHgFeDc';
const PROJECT = 'proj_AbCdEfGhIjKlMnOpQrStUvWx';

async function app(context: BrowserContext, site: string, page: string): Promise<{ page: Page; warning: WarningView }> {
  const opened = await context.newPage();
  await opened.goto(`${site}/apps/${page}`);
  return { page: opened, warning: new WarningView(opened) };
}

/** n8n's credential dialog: each field's label is a <label> without "for", before the input. */
const n8nField = (page: Page, label: string): Locator => page.locator('form').filter({ hasText: label }).locator('input');

test.describe('the base URL, judged by how each app reads it', () => {
  test('NextChat adds /v1/chat/completions itself: /v1 in its endpoint fails', async ({ context, site, openPopup }) => {
    const key = keys.project164();
    const { page, warning } = await app(context, site, 'nextchat.html');
    await pasteInto(page.getByLabel('OpenAI API Key'), key);
    await warning.says('OpenAI accepts this key, but this app will fail as it is set up: endpoint (base URL).');
    expect(await warning.text()).toContain('NextChat adds /v1/chat/completions to this field itself');
    expect(await warning.role()).toBe('alert');
    const popup = await openPopup(page);
    const summary = popup.getByRole('region', { name: /OpenAI accepts this key, but this app will fail/ });
    await expect(summary.locator('[data-layer="endpoint"] .state')).toHaveText('Failed');
    await expect(summary.locator('[data-layer="accepted"] .state')).toHaveText('Passed');
    // The popup opens on this summary: all of it is in view in a popup's 600 px, without scrolling.
    const box = await summary.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(600);
    await expect(popup.locator('[data-step="endpoint"] .state')).toHaveText('Failed');

    // The person fixes the endpoint and pastes the same key again.
    await page.getByLabel('OpenAI Endpoint').fill('https://api.openai.com');
    await clearField(page.getByLabel('OpenAI API Key'));
    await pasteInto(page.getByLabel('OpenAI API Key'), key);
    await warning.says('OpenAI accepted this key and the app’s settings fit it. Not checked for free: credit.');
    expect(await warning.text()).toContain('Passed: Key format, Key in the app, OpenAI accepts the key, Organization and project, Endpoint (base URL), Model, Organization verification.');
  });

  test('Open WebUI wants /v1 at the end', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'open-webui.html');
    await pasteInto(page.getByPlaceholder('API Key', { exact: true }), keys.project164());
    await warning.says('The base URL lacks /v1: Open WebUI adds only /chat/completions, so its requests get 404.');
    expect(await warning.text()).toContain('Set the “URL” field to the address ending in /v1');
  });

  test('LobeChat gets a full endpoint where it wants the base', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'lobechat.html');
    await pasteInto(page.getByLabel('API Key'), keys.project164());
    await warning.says('The base URL is a full endpoint, but LobeChat adds /chat/completions itself');
  });

  test('LibreChat pointed at OpenRouter, with an OpenAI key', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'librechat.html');
    await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
    await warning.says('The base URL points at OpenRouter (openrouter.ai), and this is an OpenAI key: OpenRouter will reject it.');
  });

  test('Better ChatGPT wants the full endpoint, and its key field has no label of its own', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'betterchatgpt.html');
    const key = page.locator('.flex', { hasText: 'API Key' }).locator('input');
    await pasteInto(key, keys.project164());
    await warning.says('Better ChatGPT sends requests to exactly this address, and it is not a chat completions endpoint.');
  });
});

test.describe('organization and project, sent as the app sends them', () => {
  test('a project id in the organization field is named before OpenAI is asked', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await n8nField(page, 'Organization ID').fill(PROJECT);
    await pasteInto(n8nField(page, 'API Key'), keys.project164());
    await warning.says('The organization field holds a project ID (proj_…).');
  });

  test('an organization the key is not in: OpenAI’s refusal names the field, and is never “invalid”', async ({ context, site, openai }) => {
    openai.respondWith(account({ organization: ORG }));
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await n8nField(page, 'Organization ID').fill(OTHER_ORG);
    await pasteInto(n8nField(page, 'API Key'), keys.project164());
    await warning.says('OpenAI accepts this key, but this app will fail as it is set up: organization and project.');
    const text = await warning.text();
    expect(text).toContain('The app’s “Organization ID (optional)” field is what it sends.');
    expect(text).toContain('mismatched_organization');
    expect(text).not.toMatch(/rejected|invalid/i);
    expect(openai.probes.map((r) => r.headers['openai-organization'])).toEqual([OTHER_ORG]);
  });

  test('a fully consistent setup raises no setup finding at all, and the probe carries only validated values', async ({ context, site, openai }) => {
    openai.respondWith(account({ organization: ORG }));
    const key = keys.project164();
    const everything: { url: string; headers: Record<string, string> }[] = [];
    context.on('request', async (request) => everything.push({ url: request.url(), headers: await request.allHeaders() }));
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await n8nField(page, 'Organization ID').fill(ORG);
    await pasteInto(n8nField(page, 'API Key'), key);
    // n8n picks the model in its nodes, not in the credential: that layer stays open.
    await warning.says('OpenAI accepted this key; nothing read from the app is wrong, but not everything could be checked: model,');
    const text = await warning.text();
    expect(text).not.toMatch(/base URL (?:lacks|has|is a|points|does not)|organization field holds|won’t work/);
    expect(text).toContain('Passed: Key format, Key in the app, OpenAI accepts the key, Organization and project, Endpoint (base URL).');
    const carrying = everything.filter((r) => JSON.stringify(r).includes(secretMiddle(key).slice(0, 16)));
    expect(carrying.map((r) => r.url)).toEqual(['https://api.openai.com/v1/models']);
    expect(carrying[0]?.headers).toMatchObject({ authorization: `Bearer ${key}`, 'openai-organization': ORG });
    expect(carrying[0]?.headers['openai-project']).toBeUndefined();
  });

  test('a data-residency project’s base URL is where the key is asked, and nowhere else', async ({ context, site, openai }) => {
    openai.respondWith(account({ host: 'eu.api.openai.com' }));
    const key = keys.project164();
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await n8nField(page, 'Base URL').fill('https://eu.api.openai.com/v1');
    await pasteInto(n8nField(page, 'API Key'), key);
    await warning.says('eu.api.openai.com · HTTP 200');
    expect(await warning.text()).toContain('Passed: Key format, Key in the app, OpenAI accepts the key, Organization and project, Endpoint (base URL).');
    expect(openai.probes.map((r) => r.url)).toEqual(['https://eu.api.openai.com/v1/models']);
  });
});

/** Adds a field to the credential as n8n lays one out: its own form, a label without "for". */
const addField = (page: Page, label: string, value: string) =>
  page.evaluate(([text, filled]) => {
    const form = document.createElement('form');
    form.append(Object.assign(document.createElement('label'), { textContent: text }), Object.assign(document.createElement('input'), { type: 'text', value: filled }));
    document.querySelector('.config')?.append(form);
  }, [label, value] as const);

test.describe('every setup finding, on an n8n-style credential', () => {
  const cases: [name: string, setup: (page: Page) => Promise<void>, expected: string][] = [
    ['/v1 twice', (page) => n8nField(page, 'Base URL').fill('https://api.openai.com/v1/v1'), 'The base URL has /v1 or /chat/completions twice in it'],
    ['spaces in the base URL', (page) => n8nField(page, 'Base URL').fill('https://api.openai.com/ v1'), 'The base URL has spaces in it'],
    ['plain http', (page) => n8nField(page, 'Base URL').fill('http://api.openai.com/v1'), 'The base URL is plain http'],
    ['an organization id of the wrong shape', (page) => n8nField(page, 'Organization ID').fill('Acme Inc'), 'The organization field holds something that is not an organization ID'],
    ['an organization id in the project field', (page) => addField(page, 'Project ID', ORG), 'The project field holds an organization ID (org-…), not a project ID.'],
  ];
  for (const [name, setup, expected] of cases) {
    test(name, async ({ context, site }) => {
      const { page, warning } = await app(context, site, 'n8n-openai.html');
      await setup(page);
      await pasteInto(n8nField(page, 'API Key'), keys.project164());
      await warning.says(expected);
    });
  }

  test('a project the key is not in: refused for the project, named, never “invalid”', async ({ context, site, openai }) => {
    openai.respondWith(account({ project: PROJECT }));
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await addField(page, 'Project ID', 'proj_ZyXwVuTsRqPoNmLkJiHgFeDc');
    await pasteInto(n8nField(page, 'API Key'), keys.project164());
    await warning.says('OpenAI refused the project sent with this key: the key belongs to another project.');
    expect(await warning.text()).not.toMatch(/rejected|invalid/i);
    expect(openai.probes.map((r) => r.headers['openai-project'])).toEqual(['proj_ZyXwVuTsRqPoNmLkJiHgFeDc']);
  });

  test('a Responses-only model', async ({ context, site, openai }) => {
    openai.respondWith(answers.live(['o3-pro', 'gpt-4o-mini']));
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await addField(page, 'Model', 'o3-pro');
    await pasteInto(n8nField(page, 'API Key'), keys.project164());
    await warning.says('o3-pro works only with OpenAI’s Responses API');
  });

  test('OpenAI’s address with another provider’s key, and an Azure key in an OpenAI form', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await pasteInto(n8nField(page, 'API Key'), keys.azure());
    await warning.says('This looks like an Azure OpenAI key in a form for OpenAI: OpenAI will reject it.');
    expect(await warning.text()).toContain('The base URL is OpenAI’s (api.openai.com), and this is a key for Azure OpenAI: OpenAI will reject it.');
  });

  test('NextChat’s own proxy path is no false alarm', async ({ context, site, openai }) => {
    const { page, warning } = await app(context, site, 'nextchat.html');
    await page.getByLabel('OpenAI Endpoint').fill('/api/openai');
    await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
    await warning.says('The base URL is a path on this app’s own server (/api/openai)');
    expect(await warning.text()).not.toMatch(/will fail|won’t work/);
    expect(openai.probes.map((r) => r.url)).toEqual(['https://api.openai.com/v1/models']);
  });
});

test.describe('the model the app picked', () => {
  test('a model the key cannot use is named, with the ones it can', async ({ context, site, openai }) => {
    openai.respondWith(answers.live(['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small']));
    const { page, warning } = await app(context, site, 'nextchat.html');
    await page.getByLabel('OpenAI Endpoint').fill('https://api.openai.com');
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'gpt-4.1' });
    await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
    await warning.says('This key cannot use gpt-4.1: OpenAI does not list it for this key. It can use gpt-4o, gpt-4o-mini.');
    // One request: the model is judged from the same answer.
    expect(openai.requests).toHaveLength(1);
  });

  test('a model that may need a verified organization says what a free check cannot tell', async ({ context, site, openai }) => {
    openai.respondWith(answers.live(['o3', 'gpt-4o-mini']));
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    // n8n's OpenAI node picks its model elsewhere: here the app has a model field of its own.
    await addField(page, 'Model', 'o3');
    await pasteInto(n8nField(page, 'API Key'), keys.project164());
    await warning.says('Organization verification — not checked for free: o3 may need a verified organization to use and to stream; only a billable request with it could tell.');
  });
});

test.describe('Azure OpenAI forms', () => {
  test('an OpenAI key in an Azure form, and an Azure model name where it wants a deployment', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'azure-credential.html');
    const keyField = page.locator('#azureOpenAIApiKey');
    await pasteInto(keyField, keys.project164());
    await warning.says('This field is for Azure OpenAI keys, and this is an OpenAI key.');
    await clearField(keyField);
    await pasteInto(keyField, keys.azure2025());
    await warning.says('The deployment field holds a model name (gpt-4o). Azure wants the name you gave the deployment, which may differ.');
  });
});

test.describe('finding the key field the way a person does', () => {
  test('a field labelled only by the row above gets a warning for another provider’s key, an id, and a typed key', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'betterchatgpt.html');
    const key = page.locator('.flex', { hasText: 'API Key' }).locator('input');
    await pasteInto(key, keys.anthropic());
    await warning.says('This looks like a key for Anthropic, not an OpenAI key.');
    await clearField(key);
    await pasteInto(key, 'org-AbCdEfGhIjKlMnOpQrStUvWx');
    await warning.says('This is an organization ID, not an API key.');
    await clearField(key);
    await key.click();
    await page.keyboard.type(`${keys.project164()} `);
    await warning.says('a space at the end');
  });

  test('n8n’s label without “for” names its field', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'n8n-openai.html');
    await pasteInto(n8nField(page, 'API Key'), keys.gemini());
    await warning.says('This looks like a key for Google Gemini, not an OpenAI key.');
  });
});

test.describe('bad settings stay boring: a clear finding or nothing, never a crash, a hang or a request off the allow-list', () => {
  const cases: [string, string, RegExp][] = [
    ['a base URL of 100 kB', `https://api.openai.com/${'v'.repeat(100_000)}`, /The base URL is far longer than any address/],
    ['a URL with credentials', 'https://user:pass@api.openai.com/v1', /has a user name or password in it/],
    ['a javascript: URL', 'javascript:alert(document.cookie)', /does not start with https:\/\//],
    ['non-Latin characters', 'https://прокси.пример/v1', /not at OpenAI: a proxy or relay/],
    ['a key in the base URL field', keys.project164(), /holds a key, not an address/],
  ];
  for (const [name, value, expected] of cases) {
    test(name, async ({ context, site, openai }) => {
      const everything: string[] = [];
      context.on('request', (request) => everything.push(request.url()));
      const { page, warning } = await app(context, site, 'n8n-openai.html');
      await n8nField(page, 'Base URL').fill(value);
      await pasteInto(n8nField(page, 'API Key'), keys.project164());
      await warning.says(expected);
      expect(everything.filter((url) => !url.startsWith(site) && !url.startsWith('https://status.openai.com/')).every((url) => url === 'https://api.openai.com/v1/models')).toBe(true);
      expect(openai.probes.length).toBeLessThanOrEqual(1);
    });
  }

  test('a select of 10,000 options and a model field holding a key', async ({ context, site }) => {
    const { page, warning } = await app(context, site, 'nextchat.html');
    await page.getByLabel('OpenAI Endpoint').fill('https://api.openai.com');
    await page.evaluate(() => {
      const select = document.querySelector('select[aria-label="Model"]') as HTMLSelectElement;
      for (let i = 0; i < 10_000; i++) select.add(new Option(`model-${i}`, `model-${i}`));
      select.value = 'model-9999';
    });
    await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
    // Reading the card through the accessibility tree of a page with 10,000 options takes the test a while.
    await warning.says('This key cannot use model-9999', 15_000);
    await page.getByLabel('Custom Models').fill(keys.legacy());
    await page.evaluate(() => {
      const model = document.querySelector('select[aria-label="Model"]') as HTMLSelectElement;
      model.remove();
      const input = Object.assign(document.createElement('input'), { value: 'sk-' + 'a'.repeat(48) });
      input.setAttribute('aria-label', 'Model');
      document.querySelector('#custom-model')?.append(input);
    });
    await clearField(page.getByLabel('OpenAI API Key'));
    await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
    await warning.says('holds a key, not a model name', 15_000);
  });
});
