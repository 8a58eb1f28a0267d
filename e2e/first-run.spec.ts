import { keys } from '../test/keys';
import { clickInCard } from './support/card-click';
import { expect, test } from './support/extension';
import { DemoPage, OptionsPage, WelcomePage } from './support/pages';

test.use({ firstRun: 'unanswered' });

test('at install the welcome page asks the one question; until it is answered nothing is sent without a click', async ({ context, site, openai, extensionId }) => {
  const welcome = await WelcomePage.opened(context);
  await expect(welcome.page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Key Doctor');
  await expect(welcome.page.getByRole('group', { name: 'When you paste a key, should Key Doctor check it with OpenAI?' })).toBeVisible();
  await expect(welcome.page.getByText('api.openai.com').first()).toBeVisible();

  // The settings say so too, with no answer picked for the person.
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByText('You have not chosen yet: until you do, Key Doctor asks before each check.')).toBeVisible();
  await expect(options.page.getByRole('radio', { checked: true })).toHaveCount(0);
  await options.page.close();

  // Unanswered behaves as "ask me first": the card offers the check, nothing goes to OpenAI.
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('Check it with OpenAI?');
  expect(openai.requests).toEqual([]);
  // The offer still works when the person clicks it.
  await clickInCard(demo.page, 'Check with OpenAI');
  await demo.warning.says('OpenAI accepted this key.');
  expect(openai.probes).toHaveLength(1);

  // Answered from the keyboard alone: Tab to the answers, Space picks one, Tab to the button, Enter.
  await welcome.page.bringToFront();
  await welcome.page.keyboard.press('Tab');
  await expect(welcome.page.getByRole('radio', { name: /^Check automatically/ })).toBeFocused();
  await welcome.page.keyboard.press('Space');
  await welcome.page.keyboard.press('Tab');
  await expect(welcome.page.getByRole('button', { name: 'Save my choice' })).toBeFocused();
  await welcome.page.keyboard.press('Enter');
  // Focus moves to the answer, which says what was saved.
  await expect(welcome.page.getByRole('heading', { name: 'Saved. Key Doctor will check pasted keys with OpenAI by itself.' })).toBeFocused();

  // From now on a paste is checked at once.
  const again = await DemoPage.open(context, site);
  await again.paste(keys.project56());
  await again.warning.says('OpenAI accepted this key.');
  expect(openai.probes).toHaveLength(2);
});

test('saving without an answer says what is missing, and saves nothing', async ({ context, worker }) => {
  const welcome = await WelcomePage.opened(context);
  await welcome.page.getByRole('button', { name: 'Save my choice' }).click();
  await expect(welcome.page.getByRole('alert')).toHaveText('Choose one of the three answers first.');
  const stored = (await worker.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: { checkModeChosen: boolean } };
  expect(stored.settings?.checkModeChosen ?? false).toBe(false);
  await welcome.answer('Never');
  await expect(welcome.page.getByRole('heading', { name: /only look at the key’s format/ })).toBeVisible();
});
