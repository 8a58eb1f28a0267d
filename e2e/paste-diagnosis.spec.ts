import { keys, secretMiddle } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage, WarningView } from './support/pages';
import { badgeOf } from './support/worker-state';
import { hostAsPageSeesIt, inlineWarning } from './support/inline-warning';
import { clearField, pasteInto } from './support/paste';

const maskOf = (key: string) => `${key.slice(0, 12)}…${key.slice(-4)}`;

test.describe('pasting a key into a key field', () => {
  test('a trailing line break gets an inline warning with the cleaned key, masked', async ({ context, site }) => {
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    const key = keys.project164();
    const field = demo.textBox;
    await pasteInto(field, `${key}\n`);

    await demo.warning.shows();
    const warning = await inlineWarning(page);
    expect(warning?.role).toBe('status');
    expect(warning?.text).toContain('Check this key before you save it');
    expect(warning?.text).toContain('a line break at the end');
    expect(warning?.text).toContain(`Cleaned key: ${maskOf(key)}`);
    expect(warning?.text).not.toContain(secretMiddle(key).slice(0, 8));

    const host = await hostAsPageSeesIt(page);
    expect(host?.shadowRoot, 'the shadow root is closed to the page').toBeNull();
    expect(host?.text, 'the page sees no text of the warning').toBe('');
    const box = (await field.boundingBox()) ?? { y: 0, height: 0 };
    const beside = (host?.top ?? 0) >= box.y + box.height || (host?.bottom ?? 0) <= box.y;
    expect(beside, 'the warning sits above or below the field, never over it').toBe(true);
  });

  test('a single-line field drops the line break itself, so only spaces are reported there', async ({ context, site }) => {
    const demo = await DemoPage.open(context, site);
    const key = keys.project164();
    const field = demo.keyField;

    await pasteInto(field, `${key}\n`);
    await demo.warning.says('OpenAI accepted this key');
    expect((await demo.warning.text())).not.toContain('line break');

    await clearField(field);
    await pasteInto(field, `  ${key}  `);
    await expect.poll(async () => (await demo.warning.text())).toContain('spaces at the start and spaces at the end');
  });

  test('a cut key raises an alert that says how much is missing, and goes once the field is fixed', async ({ context, site }) => {
    const demo = await DemoPage.open(context, site);
    const key = keys.project164();
    const field = demo.keyField;
    await pasteInto(field, key.slice(0, -20));

    await expect.poll(async () => (await demo.warning.role())).toBe('alert');
    expect((await demo.warning.text())).toContain('The key is cut short: it ends 20 characters early');

    await clearField(field);
    await pasteInto(field, key);
    await expect.poll(async () => await demo.warning.text()).toMatch(/^Key Doctor: OpenAI accepted this key/);
  });

  test('Escape dismisses the warning', async ({ context, site }) => {
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    await demo.paste(`Bearer ${keys.project56()}`);
    await expect.poll(async () => (await demo.warning.text())).toContain('starts with “Bearer”');
    await page.keyboard.press('Escape');
    await demo.warning.isGone();
  });

  test('a dismissed warning stays dismissed when OpenAI’s answer arrives later', async ({ context, site, openai, worker }) => {
    openai.delayMs = 1500;
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    await demo.paste(`Bearer ${keys.project56()}`);
    await demo.warning.says('Checking this key with OpenAI');
    await page.keyboard.press('Escape');
    await demo.warning.isGone();
    const cards = await WarningView.countCards(page);
    // OpenAI answers, the worker has its verdict (the badge shows it) and has sent it to the page…
    await expect.poll(() => openai.answered).toBe(1);
    // (OpenAI accepts the cleaned key, but as pasted, with “Bearer”, the app would send it wrong: not a green tick.)
    await expect.poll(async () => (await badgeOf(worker, page.url()))?.title).toContain('the key is valid but something stops it');
    // …and a paste after that is answered after it: its card is the only one the page ever gets.
    openai.delayMs = 0;
    await demo.repaste(`Bearer ${keys.project164()}`);
    await demo.warning.says('starts with “Bearer”');
    expect(await cards()).toBe(1);
  });

  test('another provider’s key is named', async ({ context, site }) => {
    const demo = await DemoPage.open(context, site);
    await demo.paste(keys.anthropic());
    await expect.poll(async () => (await demo.warning.text())).toContain('This looks like a key for Anthropic, not an OpenAI key');
  });

  test('a paste synthesised by the page is ignored', async ({ context, site, worker }) => {
    const demo = await DemoPage.open(context, site);
    const { page } = demo;
    await page.evaluate((text) => {
      const field = document.getElementById('openai-key') as HTMLInputElement;
      field.value = text;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }));
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, `"${keys.project56()}"`);
    // A real paste afterwards proves the script is running, so the silence above is not an accident.
    await pasteInto(page.getByLabel('Anthropic API Key (optional)'), keys.openrouter());
    await expect.poll(async () => (await demo.warning.text())).toContain('OpenRouter');
    expect((await demo.warning.text())).not.toContain('quotes');
    const session = JSON.stringify(await worker.evaluate(() => chrome.storage.session.get()));
    expect(session).not.toContain('quotes');
  });
});
