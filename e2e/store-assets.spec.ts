import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage, WarningView } from './support/pages';
import { pasteInto } from './support/paste';
import { popupForKeyWithoutCredit, popupPicture } from './support/scenarios';

/**
 * The stores' pictures, made by `npm run screenshots` (never by `npm test`): 1280×800 screenshots and
 * the 440×280 promo tile into docs/store/. The 128 px store icon comes from `npm run icons`.
 */
const STORE = { width: 1280, height: 800 };
const out = (name: string) => `docs/store/${name}.png`;
const ICON = `data:image/png;base64,${readFileSync('public/icons/icon-128.png').toString('base64')}`;

async function storePage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(STORE);
  await page.goto(url);
  return page;
}

/** A 1280×800 frame: a caption on the left, a picture of the popup on the right. */
async function framed(context: BrowserContext, picture: Buffer, caption: string, detail: string, name: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(STORE);
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:64px;padding:0 80px;box-sizing:border-box;background:linear-gradient(135deg,#0d6e76,#1e9696);font:20px/1.5 system-ui,sans-serif;color:#fff">
    <div style="flex:1"><img src="${ICON}" width="72" height="72" alt=""><h1 style="font-size:40px;line-height:1.2;margin:24px 0 16px">${caption}</h1><p style="margin:0;opacity:.92">${detail}</p></div>
    <img src="data:image/png;base64,${picture.toString('base64')}" style="max-height:720px;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35)" alt="">
  </body></html>`);
  await page.screenshot({ path: out(name) });
}

test('store screenshot: the inline warning beside the field', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await page.setViewportSize(STORE);
  await demo.paste(`"${keys.project164()}"`);
  await demo.warning.says('OpenAI accepted this key.');
  await page.screenshot({ path: out('screenshot-1-inline-warning') });
});

test('store screenshot: an app’s setup judged', async ({ context, site }) => {
  const page = await storePage(context, `${site}/apps/nextchat.html`);
  await pasteInto(page.getByLabel('OpenAI API Key'), keys.project164());
  await new WarningView(page).says('this app will fail as it is set up');
  await page.screenshot({ path: out('screenshot-2-app-setup') });
});

test('store screenshot: the popup’s checklist', async ({ context, site, openai, openPopup }) => {
  const picture = await popupPicture(await popupForKeyWithoutCredit({ context, site, openai, openPopup }));
  await framed(context, picture, 'What failed, and the fix', 'The popup opens on OpenAI’s answer and walks you through the checklist: saved old key, truncated paste, mismatched key, outage, credit, network — with buttons that do the fix.', 'screenshot-3-popup');
});

test('store screenshot: the first-run question', async ({ context, extensionId }) => {
  const page = await storePage(context, `chrome-extension://${extensionId}/src/welcome/index.html`);
  await expect(page.getByRole('group', { name: /should Key Doctor check it/ })).toBeVisible();
  await page.screenshot({ path: out('screenshot-4-welcome') });
});

test('store promo tile, 440×280', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:36px;background:linear-gradient(135deg,#0d6e76,#1e9696);font:17px/1.4 system-ui,sans-serif;color:#fff">
    <div style="display:flex;align-items:center;gap:16px"><img src="${ICON}" width="72" height="72" alt=""><h1 style="font-size:34px;margin:0">Key Doctor</h1></div>
    <p style="margin:28px 0 0;font-size:20px;font-weight:600">Your OpenAI key doesn’t work?</p><p style="margin:6px 0 0;opacity:.92">It says why, right where you pasted it.</p>
  </body></html>`);
  await page.screenshot({ path: out('tile-440x280') });
});
