import { de } from '../src/core/catalogs/de';
import { zh_CN } from '../src/core/catalogs/zh_CN';
import { fillIn } from '../src/i18n/placeholders';
import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { cardOverflow, pageOverflow } from './support/layout';
import { DemoPage, WarningView, WelcomePage } from './support/pages';
import { pasteInto } from './support/paste';

/** The extension follows the browser's language: every surface reads in it. */
const LANGUAGES = [
  {
    uiLanguage: 'de', title: 'Willkommen bei Key Doctor', answer: 'Automatisch prüfen', saved: 'Gespeichert. Key Doctor prüft eingefügte Schlüssel von selbst bei OpenAI.',
    checklist: 'Checkliste zur Fehlersuche', verdict: 'Was OpenAI gesagt hat', passed: 'Bestanden',
    card: ['So eingefügt funktioniert dieser Schlüssel nicht', 'Bereinigter Schlüssel:', 'Details: Klicken Sie in der Symbolleiste auf das Key-Doctor-Symbol.'],
    options: 'Key Doctor – Einstellungen', hints: 'Schlüsselhinweise', addHint: 'Hinweis hinzufügen', days: ['7 Tage', '30 Tage', '90 Tage', '365 Tage'], kindLength: /, 164 Zeichen$/,
  },
  {
    uiLanguage: 'zh-CN', title: '欢迎使用 Key Doctor', answer: '自动检查', saved: '已保存。Key Doctor 会自动向 OpenAI 检查你粘贴的密钥。',
    checklist: '故障排查清单', verdict: 'OpenAI 的回答', passed: '通过',
    card: ['按粘贴的样子，此密钥无法使用', '清理后的密钥：', '详情：点击工具栏中的 Key Doctor 图标。'],
    options: 'Key Doctor 设置', hints: '密钥提示', addHint: '添加提示', days: ['7 天', '30 天', '90 天', '365 天'], kindLength: /，164 个字符$/,
  },
];

for (const language of LANGUAGES) {
  test.describe(`in ${language.uiLanguage}`, () => {
    test.use({ firstRun: 'unanswered', uiLanguage: language.uiLanguage });

    test('the welcome page asks its question in the browser’s language, and answers in it', async ({ context }) => {
      const { page } = await WelcomePage.opened(context);
      await expect(page).toHaveTitle(language.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.title);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.uiLanguage);
      await page.getByRole('radio', { name: new RegExp(`^${language.answer}`) }).check();
      await page.locator('button[type="submit"]').click();
      await expect(page.getByRole('heading', { name: language.saved })).toBeFocused();
    });

    test('the settings read in the browser’s language, counts and all', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await expect(page).toHaveTitle(language.options);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.options);
      await expect(page.getByRole('combobox').locator('option')).toHaveText(language.days);
      const hints = page.getByRole('region', { name: language.hints });
      await hints.locator('input[type="password"]').fill(keys.project164());
      await hints.getByRole('button', { name: language.addHint }).click();
      await expect(hints.locator('.hint-main .muted')).toHaveText(language.kindLength);
    });
  });
}

for (const language of LANGUAGES) {
  test.describe(`the popup in ${language.uiLanguage}`, () => {
    test.use({ uiLanguage: language.uiLanguage });

    test('its headings, states and buttons read in the browser’s language', async ({ context, site, openPopup }) => {
      const demo = await DemoPage.open(context, site);
      await demo.paste(keys.project164());
      await expect.poll(async () => (await demo.warning.text()).length).toBeGreaterThan(0);
      const popup = await openPopup(demo.page);
      await expect(popup.getByRole('region', { name: language.checklist })).toBeVisible();
      await expect(popup.getByRole('region', { name: language.verdict })).toBeVisible();
      await expect(popup.locator('.layers .state').first()).toHaveText(language.passed);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language.uiLanguage);
    });
  });
}

for (const language of LANGUAGES) {
  test.describe(`the inline card in ${language.uiLanguage}`, () => {
    test.use({ uiLanguage: language.uiLanguage });

    test('its own words read in the browser’s language', async ({ context, site }) => {
      const demo = await DemoPage.open(context, site);
      await demo.paste(`"${keys.project164()}"`);
      for (const words of language.card) await demo.warning.says(words);
    });
  });
}

/**
 * English a page should not show in German or Chinese: common words of English sentences, once data is
 * set aside — text in quotes (field labels, OpenAI's own words), masks, addresses, product names, the app's own labels.
 */
function englishIn(text: string): string[] {
  const data = text
    .replace(/“[^”]*”|„[^“”]*[“”]|「[^」]*」|«[^»]*»/g, ' ')
    .replace(/sk-[\w-]*(?:…[\w-]*)?/g, ' ')
    .replace(/https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b/g, ' ')
    // The app's own field label, as the popup lists the page's key fields.
    .replace(/Key[- ]Doctor|OpenAI|ChatGPT Plus|Open WebUI|API Key/g, ' ');
  return data.match(/\b(?:the|this|is|are|your|with|and|for|has|can|could|would|does|paste|pasted|site|field|check|key)\b/gi) ?? [];
}

const MAIN_PATH = [
  { uiLanguage: 'de', catalog: de },
  { uiLanguage: 'zh-CN', catalog: zh_CN },
];

for (const { uiLanguage, catalog } of MAIN_PATH) {
  test.describe(`the main path in ${uiLanguage}`, () => {
    test.use({ uiLanguage });

    test('a quoted key pasted into an app set up wrong: the card and the popup say everything in the browser’s language, and nothing overflows', async ({ context, site, openPopup }) => {
      const page = await context.newPage();
      await page.goto(`${site}/apps/open-webui.html`);
      const warning = new WarningView(page);
      await pasteInto(page.getByPlaceholder('API Key', { exact: true }), `"${keys.project164()}"`);
      // The finding about the paste, the app's setup, and the layered verdict once OpenAI answered: all in this language.
      await warning.says(fillIn(catalog.setup_v1_missing, ['Open WebUI']));
      await warning.says(catalog.layer_endpoint);
      const card = await warning.text();
      expect(card).toContain(catalog.f_quotes.split('{what}')[0]?.trim().slice(0, 12));
      expect(englishIn(card), card).toEqual([]);
      expect(await cardOverflow(page)).toEqual([]);

      const popup = await openPopup(page);
      await expect(popup.locator('[data-step="endpoint"] .reason')).toContainText(fillIn(catalog.setup_v1_missing, ['Open WebUI']));
      await expect(popup.locator('[data-step="openai_up"]')).toHaveAttribute('data-state', /passed|failed|unknown/);
      const text = await popup.locator('body').innerText();
      expect(englishIn(text), text).toEqual([]);
      expect(await pageOverflow(popup)).toEqual([]);
    });
  });
}

test('the layout check sees a word running out of its box', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  expect(await pageOverflow(page)).toEqual([]);
  await page.evaluate(() => {
    const box = Object.assign(document.createElement('p'), { textContent: 'Schlüsselhinweisverwaltungseinstellungen'.repeat(3) });
    box.style.width = '120px';
    document.body.append(box);
  });
  expect((await pageOverflow(page)).join()).toMatch(/^p\.: \d+ > 120 \(Schlüsselhinweis/);
});
