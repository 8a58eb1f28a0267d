import { expect, test } from './support/extension';
import { WelcomePage } from './support/pages';

/** The extension follows the browser's language: what is translated so far (issue 15) reads in it. */
const LANGUAGES = [
  { uiLanguage: 'de', title: 'Willkommen bei Key Doctor', answer: 'Automatisch prüfen', saved: 'Gespeichert. Key Doctor prüft eingefügte Schlüssel von selbst bei OpenAI.' },
  { uiLanguage: 'zh-CN', title: '欢迎使用 Key Doctor', answer: '自动检查', saved: '已保存。Key Doctor 会自动向 OpenAI 检查你粘贴的密钥。' },
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
  });
}
