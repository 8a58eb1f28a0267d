import type { BrowserContext, Page } from '@playwright/test';
import { keys } from '../../test/keys';
import { answers } from '../../test/openai-bodies';
import { expect } from './extension';
import type { OpenAIMock } from './openai-mock';
import { DemoPage } from './pages';

interface Needs {
  context: BrowserContext;
  site: string;
  openai: OpenAIMock;
  openPopup: (page: Page) => Promise<Page>;
}

/** A valid key with no credit left, pasted on the demo page; the popup opened on it, its checklist's credit step failed. */
export async function popupForKeyWithoutCredit({ context, site, openai, openPopup }: Needs, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  openai.respondWith(answers.noCredit());
  const demo = await DemoPage.open(context, site);
  await demo.paste(keys.project164());
  await demo.warning.says('no usable credit');
  const popup = await openPopup(demo.page);
  await popup.emulateMedia({ colorScheme });
  await expect(popup.getByRole('region', { name: 'Troubleshooting checklist' }).locator('[data-step="credit"] .state')).toHaveText('Failed');
  return popup;
}

/** What a toolbar popup shows: its width, 600 px high. */
export async function popupPicture(popup: Page, path?: string): Promise<Buffer> {
  const width = await popup.evaluate(() => document.documentElement.scrollWidth);
  return popup.screenshot({ path, clip: { x: 0, y: 0, width, height: 600 } });
}
