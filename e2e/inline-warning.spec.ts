import { keys } from '../test/keys';
import { expect, test } from './support/extension';
import { DemoPage } from './support/pages';
import { hostAsPageSeesIt } from './support/inline-warning';
import { pasteInto } from './support/paste';

const broken = `"${keys.project164()}"`;

test('the warning follows its field when the page scrolls', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await page.setViewportSize({ width: 1000, height: 500 });
  const field = demo.keyField;
  await pasteInto(field, broken);
  await demo.warning.shows();
  const before = (await hostAsPageSeesIt(page))?.top ?? 0;
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await hostAsPageSeesIt(page))?.top).toBeLessThan(before - 60);
  const fieldBox = await field.boundingBox();
  const host = await hostAsPageSeesIt(page);
  expect(Math.abs((host?.top ?? 0) - ((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0)))).toBeLessThan(12);
});

test('the page’s CSS can neither hide nor restyle the warning', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await page.addStyleTag({
    content: `html > :not(head):not(body), [popover], :popover-open { display: none !important; opacity: 0 !important;
      visibility: hidden !important; transform: scale(0) !important; width: 0 !important; }`,
  });
  await demo.paste(broken);
  await demo.warning.shows();
  const seen = await page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.getAttribute('popover') === 'manual');
    const style = host ? getComputedStyle(host) : undefined;
    return { display: style?.display, opacity: style?.opacity, visibility: style?.visibility, width: host?.getBoundingClientRect().width };
  });
  expect(seen).toMatchObject({ display: 'block', opacity: '1', visibility: 'visible' });
  expect(seen.width).toBeGreaterThan(200);
});

test('the warning goes when the app changes route', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.paste(broken);
  await demo.warning.shows();
  await page.evaluate(() => history.pushState({}, '', '/chat'));
  await demo.warning.isGone();
});

test('an orphaned content script removes its warning when the extension is reloaded', async ({ context, site, worker }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await demo.paste(broken);
  await demo.warning.shows();
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => {
    // The worker goes away with the reload; the call may not return.
  });
  await expect.poll(() => hostAsPageSeesIt(page), { timeout: 8000 }).toBeNull();
});

test('the warning has a dark look', async ({ context, site }) => {
  const demo = await DemoPage.open(context, site);
  const { page } = demo;
  await page.emulateMedia({ colorScheme: 'dark' });
  await demo.paste(broken);
  await demo.warning.shows();
  const host = await hostAsPageSeesIt(page);
  const shot = await page.screenshot({ clip: { x: (host?.left ?? 0) + 200, y: (host?.top ?? 0) + 3, width: 4, height: 4 } });
  // The card’s background, sampled in its top padding where no text is, is dark: decode the PNG's first pixel through the page.
  const luminance = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context2d = canvas.getContext('2d');
    context2d?.drawImage(bitmap, 0, 0);
    const [r = 0, g = 0, b = 0] = context2d?.getImageData(1, 1, 1, 1).data ?? [];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }, shot.toString('base64'));
  expect(luminance).toBeLessThan(80);
});
