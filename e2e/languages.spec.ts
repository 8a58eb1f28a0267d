import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage, WelcomePage } from './support/pages';

/** The extension follows the browser's language: what is translated so far (issue 15) reads in it. */
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
