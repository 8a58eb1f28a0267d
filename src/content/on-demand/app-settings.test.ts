// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { layOut } from '../../../test/dom';
import { keys } from '../../../test/keys';
import { readAppSettings } from './app-settings';

vi.mock('../../shared/browser-api/runtime', () => ({ shadowRootOf: (el: Element) => el.shadowRoot }));

/** One of the app-like test pages, as the browser would have it. */
function open(page: string): Document {
  const markup = readFileSync(join(process.cwd(), 'e2e/test-pages/apps', page), 'utf8');
  // Stylesheets are not loaded here; the markup is what matters.
  const parsed = new DOMParser().parseFromString(markup.replace(/<link [^>]*>/g, ''), 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document;
}

beforeEach(() => {
  vi.restoreAllMocks();
  layOut();
});

describe('readAppSettings: the app’s settings beside the key field, read as a person reads the layout', () => {
  it('NextChat: the endpoint and the chosen model, not the model provider', () => {
    const page = open('nextchat.html');
    const settings = readAppSettings(page.querySelector('input[aria-label="OpenAI API Key"]') as HTMLInputElement);
    expect(settings).toEqual({
      title: 'NextChat',
      baseUrl: { label: 'OpenAI Endpoint', value: 'https://api.openai.com/v1', problem: null, spaces: false },
      model: { label: 'Model', value: 'gpt-4o-mini', problem: null, spaces: false },
    });
  });

  it('n8n: a form per field, labels without “for”', () => {
    const page = open('n8n-openai.html');
    const [key, organization] = [...page.querySelectorAll('input')];
    (organization as HTMLInputElement).value = 'org-AbCdEfGhIjKlMnOpQrStUvWx';
    expect(readAppSettings(key as HTMLInputElement)).toMatchObject({
      organization: { label: 'Organization ID (optional)', value: 'org-AbCdEfGhIjKlMnOpQrStUvWx' },
      baseUrl: { label: 'Base URL', value: 'https://api.openai.com/v1' },
    });
  });

  it('LibreChat: its dialog’s title names a key, but its base URL field is read', () => {
    const page = open('librechat.html');
    expect(readAppSettings(page.querySelector('#apiKey') as HTMLInputElement).baseUrl?.value).toBe('https://openrouter.ai/api/v1');
  });

  it('never sends a secret: password fields are not read, and a key in a setting is dropped', () => {
    const page = open('n8n-openai.html');
    const [key, organization, baseUrl] = [...page.querySelectorAll('input')] as HTMLInputElement[];
    (organization as HTMLInputElement).value = keys.project164();
    (baseUrl as HTMLInputElement).value = keys.anthropic();
    const settings = readAppSettings(key as HTMLInputElement);
    expect(settings.organization).toMatchObject({ value: null, problem: 'secret' });
    expect(settings.baseUrl).toMatchObject({ value: null, problem: 'secret' });
    expect(JSON.stringify(settings)).not.toContain(keys.project164().slice(12, 30));
    // Another key field beside it, even of type text, is not read: its label says it holds a secret.
    const other = Object.assign(document.createElement('input'), { value: keys.legacy() });
    other.setAttribute('aria-label', 'Anthropic API key');
    key?.closest('.config')?.append(other);
    expect(JSON.stringify(readAppSettings(key as HTMLInputElement))).not.toContain(keys.legacy().slice(12, 30));
  });

  it('reads at most a bounded number of fields, whatever the page holds', () => {
    const page = open('n8n-openai.html');
    const config = page.querySelector('.config') as HTMLElement;
    for (let i = 0; i < 200; i++) config.append(Object.assign(document.createElement('input'), { name: `field${i}` }));
    const started = performance.now();
    readAppSettings(page.querySelector('input') as HTMLInputElement);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
