import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_INSTALL } from '../scripts/chromium';
import { keys } from '../test/keys';
import { DIST, expect, test } from './support/extension';
import { OpenAIMock } from './support/openai-mock';
import { DemoPage, WelcomePage } from './support/pages';

test('a page open before Key Doctor is installed is guarded at once, without a reload', async ({ site }) => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_INSTALL);
  const profile = mkdtempSync(join(tmpdir(), 'key-doctor-install-'));
  // A browser without Key Doctor, a settings page already open in it; then the person installs Key Doctor.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', '--enable-unsafe-extension-debugging', '--lang=en-US'],
  });
  try {
    const openai = new OpenAIMock();
    await openai.install(context);
    const demo = await DemoPage.at(context, `${site}/demo.html`);
    // The signal that the page is guarded: Key Doctor's isolated world appears in it.
    const page = await context.newCDPSession(demo.page);
    const guarded = new Promise<void>((done) => {
      page.on('Runtime.executionContextCreated', ({ context: created }: { context: { name: string; auxData?: { type?: string } } }) => {
        if (created.auxData?.type === 'isolated' && created.name === 'Key Doctor') done();
      });
    });
    await page.send('Runtime.enable');
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const cdp = await devtools.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never);
    await devtools.close();
    await guarded;
    await page.detach();

    // No reload: the paste in the page opened before is diagnosed. The welcome page has opened and is not
    // answered yet, so Key Doctor offers the check instead of making it.
    const welcome = await WelcomePage.opened(context);
    await demo.paste(`"${keys.project164()}"`);
    await demo.warning.says('wrapped in quotes');
    await demo.warning.says('Check it with OpenAI?');
    expect(openai.requests).toEqual([]);
    // Once the person has answered "check automatically", a paste is checked at once.
    await welcome.answer('Check automatically');
    const key = keys.project164();
    await demo.repaste(key);
    await demo.warning.says('OpenAI accepted this key.');
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${key}`]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
