import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, test as base, type Page, type Worker } from '@playwright/test';
import { extensionArgs, findChromium, HOW_TO_INSTALL } from '../../scripts/chromium';
import { serveTestPages } from '../../scripts/test-page-server';
import { OpenAIMock } from './openai-mock';
import { WelcomePage } from './pages';

export const DIST = resolve(import.meta.dirname, '../../dist');

interface Fixtures {
  /** How the person answered the welcome page's question at install; 'unanswered' leaves the tab open, unanswered. */
  firstRun: 'Check automatically' | 'Ask me first' | 'Never' | 'unanswered';
  /** The browser's UI language, which Key Doctor follows. */
  uiLanguage: string;
  /** OpenAI, mocked for every test; answers "live" unless a test says otherwise. */
  openai: OpenAIMock;
  profile: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the toolbar popup for the page's tab, as a click on the icon does, and returns it. */
  openPopup: (page: Page) => Promise<Page>;
}

export const test = base.extend<Fixtures, { site: string }>({
  site: [
    // oxlint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the destructuring.
    async ({}, use) => {
      const { server, origin } = await serveTestPages();
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  // oxlint-disable-next-line no-empty-pattern -- as above.
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'key-doctor-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  firstRun: ['Check automatically', { option: true }],
  uiLanguage: ['en-US', { option: true }],
  context: async ({ profile, openai, firstRun, uiLanguage }, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(HOW_TO_INSTALL);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...extensionArgs(DIST), '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--lang=${uiLanguage}`],
      locale: uiLanguage,
      // Times shown in the popup and options do not depend on where the tests run; the language is the one asked for.
      env: { ...process.env, TZ: 'UTC', LANGUAGE: uiLanguage.replace('-', '_') },
    });
    await openai.install(context);
    if (firstRun !== 'unanswered') {
      const welcome = await WelcomePage.opened(context);
      await welcome.answer(firstRun);
      await welcome.page.close();
    }
    await use(context);
    await context.close();
  },
  // oxlint-disable-next-line no-empty-pattern -- as above.
  openai: async ({}, use) => {
    await use(new OpenAIMock());
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ profile, worker, extensionId }, use) => {
    // Playwright does not attach to extension popups; a second connection over CDP does.
    let cdp: Browser | undefined;
    await use(async (page) => {
      await page.bringToFront();
      await worker.evaluate(() => chrome.action.openPopup());
      const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      cdp ??= await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
      for (let tries = 0; tries < 50; tries++) {
        const popup = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url() === popupUrl);
        if (popup) return popup;
        await page.waitForTimeout(100);
      }
      throw new Error('the popup did not open');
    });
    await cdp?.close();
  },
});

export { expect } from '@playwright/test';
