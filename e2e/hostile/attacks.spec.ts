import { keys } from '../../test/keys';
import { expect, test } from '../support/extension';
import { DemoPage, OptionsPage, WarningView } from '../support/pages';
import { pasteInto } from '../support/paste';
import { badgeOf, checksOnSite, tabState } from '../support/worker-state';
import { clickInCard } from '../support/card-click';
import { frameOf, hostilePage, LeakWatch, otherOrigin, setChecks } from './support';

/**
 * One page per attack (test-pages/hostile/): each runs its script as the page would, then a person's
 * real paste on the same page is the control — the one thing that may be checked, shown and sent.
 */
const OPENAI = /^https:\/\/([a-z]+\.)?(api|status)\.openai\.com\//;
const bearer = (key: string) => `Bearer ${key}`;

test.describe('what the page does on its own makes Key Doctor do nothing', () => {
  for (const { name, what } of [
    { name: 'checkbox-click', what: 'click() on a checkbox labelled as a key field (a trusted input event)' },
    { name: 'exec-command', what: 'execCommand("insertText") into the key field (trusted input events, no key pressed)' },
    { name: 'focus-flood', what: 'focus() on the key field a thousand times' },
    { name: 'synthetic-events', what: '10,000 synthetic focus, key, paste and input events' },
    { name: 'message-flood', what: '10,000 window messages shaped like Key Doctor’s own' },
  ]) {
    test(`${what}`, async ({ context, site, openai, worker }) => {
      const watch = new LeakWatch(context, worker);
      const demo = await hostilePage(context, site, name);
      const cards = await WarningView.countCards(demo.page);
      const planted = keys.project164();
      await demo.page.evaluate((key) => (window as unknown as { attack: (key: string) => void }).attack(key), planted);
      // The control: a person's paste. Whatever the attack set off was handled before it.
      const key = keys.project164();
      await demo.repaste(key);
      await demo.warning.says('OpenAI accepted this key.');
      expect(await cards()).toBe(1);
      expect(openai.requests.map((r) => r.headers.authorization)).toEqual([bearer(key)]);
      expect(await checksOnSite(worker, site)).toHaveLength(1);
      expect(watch.offSite().filter((url) => !OPENAI.test(url))).toEqual([]);
      await watch.expectNoTraceOf(planted, key);
    });
  }
});

test.describe('sites are real origins', () => {
  test('srcdoc and about:blank frames belong to their page’s origin: no memory crosses from one site to another', async ({ context, site, worker, openai }) => {
    const [first, second, third] = [keys.project164(), keys.project164(), keys.project164()];
    const here = await hostilePage(context, site, 'srcdoc-frames');
    const hereSidebar = await frameOf(here.page, 'about:srcdoc');
    await pasteInto(hereSidebar.getByLabel('OpenAI API key'), first);
    await new WarningView(hereSidebar).says('OpenAI accepted this key.');

    const elsewhere = await hostilePage(context, otherOrigin(site), 'srcdoc-frames');
    const sidebar = await frameOf(elsewhere.page, 'about:srcdoc');
    await pasteInto(sidebar.getByLabel('OpenAI API key'), second);
    await new WarningView(sidebar).says('OpenAI accepted this key.');
    // Another site's srcdoc frame is not "this site": the key pasted there before is not compared.
    expect(await new WarningView(sidebar).text()).not.toContain('used on this site');

    // The about:blank frame written by the same page is the same site: a third key there is "not the key used last time".
    const blank = await (await elsewhere.page.locator('#blank').elementHandle())?.contentFrame();
    if (!blank) throw new Error('no about:blank frame');
    await pasteInto(blank.getByLabel('OpenAI API key (blank frame)'), third);
    await new WarningView(blank).says('This is not the key you used on this site last time');

    expect((await checksOnSite(worker, site)).map((c) => c.mask.slice(-4))).toEqual([first.slice(-4)]);
    expect((await checksOnSite(worker, otherOrigin(site))).map((c) => c.mask.slice(-4))).toEqual([third.slice(-4), second.slice(-4)]);
    expect(await checksOnSite(worker, 'null')).toEqual([]);
    expect(openai.requests).toHaveLength(3);
  });

  test('a silenced site stays silent in every frame of its pages, also a frame of another origin', async ({ context, site, openai, extensionId }) => {
    const options = (await OptionsPage.open(context, extensionId)).page;
    const sites = options.getByRole('region', { name: 'Sites' });
    await sites.getByLabel('Site', { exact: true }).fill(site);
    await sites.getByRole('button', { name: 'Add site' }).click();
    await expect(sites.getByRole('listitem').filter({ hasText: site })).toBeVisible();

    const silenced = await DemoPage.open(context, site, 'cross-origin-iframe.html');
    const cards = await WarningView.countCards(silenced.page);
    await expect.poll(() => silenced.page.frames().some((f) => f.url().includes('iframe-inner.html'))).toBe(true);
    const embedded = silenced.page.frames().find((f) => f.url().includes('iframe-inner.html'));
    if (!embedded) throw new Error('no embedded frame');
    expect(new URL(embedded.url()).origin).toBe(otherOrigin(site));
    await pasteInto(embedded.getByLabel('OpenAI secret key'), `"${keys.project164()}"`);

    // The control: the same frame's origin, in a page of its own, is not silenced.
    const control = await DemoPage.open(context, otherOrigin(site));
    const key = keys.project164();
    await control.paste(key);
    await control.warning.says('OpenAI accepted this key.');
    expect(await cards()).toBe(0);
    expect(await new WarningView(embedded).text()).toBe('');
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([bearer(key)]);
  });
});

test.describe('a click on the card counts only when the person can see the card', () => {
  test('bait laid over the card: the click is not taken, and the popup checks instead', async ({ context, site, openai, extensionId, openPopup }) => {
    await setChecks(context, extensionId, 'Ask me first');
    const demo = await hostilePage(context, site, 'cover-card');
    const key = keys.project164();
    await demo.paste(key);
    await demo.warning.says('Check it with OpenAI?');
    await demo.page.evaluate(() => (window as unknown as { attack: () => void }).attack());
    await clickInCard(demo.page, 'Check with OpenAI');
    await demo.warning.says('open Key Doctor from the toolbar');
    expect(openai.requests).toEqual([]);

    const popup = await openPopup(demo.page);
    await popup.getByRole('button', { name: 'Check with OpenAI' }).click();
    await expect(popup.getByRole('region', { name: 'What OpenAI said' })).toContainText('OpenAI accepted this key.');
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([bearer(key)]);
  });

  test('a card faded out as the click comes: not taken; the same card, left alone, takes it', async ({ context, site, openai, extensionId }) => {
    await setChecks(context, extensionId, 'Ask me first');
    const demo = await hostilePage(context, site, 'fade-card');
    await demo.paste(keys.project164());
    await demo.warning.says('Check it with OpenAI?');
    // The page fades the card the moment the mouse goes down on it.
    await demo.page.evaluate(() => addEventListener('pointerdown', () => (window as unknown as { attack: () => boolean }).attack(), { capture: true, once: true }));
    await clickInCard(demo.page, 'Check with OpenAI');
    await demo.warning.says('open Key Doctor from the toolbar');
    expect(openai.requests).toEqual([]);

    // The control: a new paste, a card the page leaves alone, a click after it settled.
    const key = keys.project164();
    await demo.repaste(key);
    await demo.warning.says('Check it with OpenAI?');
    await clickInCard(demo.page, 'Check with OpenAI');
    await demo.warning.says('OpenAI accepted this key.');
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([bearer(key)]);
  });
});

test('a page that keeps hiding the card: it comes back twice, then the badge and the popup say what happened', async ({ context, site, worker, openPopup }) => {
  const demo = await hostilePage(context, site, 'hide-card');
  await demo.paste(`"${keys.project164()}"`);
  await demo.warning.says('wrapped in quotes');
  const attack = () => demo.page.evaluate(() => (window as unknown as { attack: () => boolean }).attack());
  for (let round = 0; round < 2; round++) {
    expect(await attack()).toBe(true);
    // Put back: shown again, on top.
    await expect.poll(() => demo.page.evaluate(() => [...document.querySelectorAll(':popover-open')].some((el) => el.localName.includes('-')))).toBe(true);
    await demo.warning.says('wrapped in quotes');
  }
  expect(await attack()).toBe(true);
  await demo.warning.isGone();
  await expect.poll(async () => (await badgeOf(worker, demo.page.url()))?.title).toContain('this page hid Key Doctor’s warning');
  expect((await tabState(worker, demo.page.url())) as unknown).toMatchObject({ tampered: true });
  const popup = await openPopup(demo.page);
  await expect(popup.getByRole('alert')).toContainText('This page hid Key Doctor’s warning');
  await expect(popup.getByText('wrapped in quotes').first()).toBeVisible();
});

/** What read-card.html's script learns of the card: the words it finds, all it can select, the card's box. */
const readCard = (page: DemoPage) =>
  page.page.evaluate(() => {
    const w = window as unknown as { findText: (t: string) => boolean; selectEverything: () => string; cardBox: () => unknown };
    return { found: ['Work laptop', 'your key', 'Acme Research', 'belongs to'].filter((t) => w.findText(t)), selected: w.selectEverything(), box: w.cardBox() };
  });

test('what the card says and how big it is tell the page nothing about the person’s hints or accounts', async ({ context, site, openai, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const hinted = keys.project164();
  await options.addHint(hinted, 'Work laptop');
  await options.consent(/Show whose key it is/);

  const withHint = await hostilePage(context, site, 'read-card');
  await withHint.paste(hinted);
  await withHint.warning.says('OpenAI accepted this key.');
  const hintedView = await readCard(withHint);
  expect(hintedView.found).toEqual([]);
  expect(hintedView.selected).not.toMatch(/Work laptop|Acme|hint/);

  // Another key, on another site (so no "different key than before" either): the same card, to the pixel.
  const without = await hostilePage(context, otherOrigin(site), 'read-card');
  await without.paste(keys.project164());
  await without.warning.says('OpenAI accepted this key.');
  const otherView = await readCard(without);
  expect(otherView.box).toEqual(hintedView.box);
  expect(hintedView.box).not.toBeNull();
  // The control: the page can find text that is the page's to know, so the reads above could have failed.
  expect(await withHint.page.evaluate(() => (window as unknown as { findText: (t: string) => boolean }).findText('OpenAI accepted'))).toBe(true);
  expect(openai.requests.filter((r) => r.url.endsWith('/v1/me'))).toHaveLength(2);
});

test('named elements that shadow document, window and the extension API do not silence the guard', async ({ context, site, worker }) => {
  const watch = new LeakWatch(context, worker);
  const demo = await hostilePage(context, site, 'clobbering');
  const key = keys.project164();
  await demo.paste(`${key} `);
  await demo.warning.says('a space at the end');
  await demo.warning.says('OpenAI accepted this key.');
  await watch.expectNoTraceOf(key);
});

test('the extension’s files cannot be fetched, framed or loaded by a page', async ({ context, site, extensionId, worker }) => {
  const watch = new LeakWatch(context, worker);
  const demo = await hostilePage(context, site, 'extension-resources');
  const results = await demo.page.evaluate((id) => (window as unknown as { attack: (id: string) => Promise<Record<string, string>> }).attack(id), extensionId);
  expect(Object.entries(results).filter(([, outcome]) => outcome !== 'refused')).toEqual([]);
  // The framed pages never became ours: no frame runs the popup or the options page.
  for (const frame of demo.page.frames()) {
    if (frame === demo.page.mainFrame()) continue;
    expect(await frame.evaluate(() => document.title).catch(() => 'unreachable')).not.toMatch(/Key Doctor/);
  }
  // The control: the page still gets its warning.
  const key = keys.project164();
  await demo.paste(key);
  await demo.warning.says('OpenAI accepted this key.');
  await watch.expectNoTraceOf(key);
});
