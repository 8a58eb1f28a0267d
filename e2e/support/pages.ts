import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { inlineWarning } from './inline-warning';
import { clearField, pasteInto } from './paste';

/** The demo page (test-pages/demo.html): the settings screen of a bring-your-own-key chat app. */
export class DemoPage {
  private constructor(readonly page: Page) {}

  static open(context: BrowserContext, site: string, path = 'demo.html'): Promise<DemoPage> {
    return DemoPage.at(context, `${site}/${path}`);
  }

  /** The demo page served at another address (plain http, a query string). */
  static async at(context: BrowserContext, url: string): Promise<DemoPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new DemoPage(page);
  }

  /** The single-line "OpenAI API Key" input. */
  get keyField(): Locator {
    return this.page.getByLabel('OpenAI API Key', { exact: true });
  }

  /** The multi-line "OpenAI API key (text box)". */
  get textBox(): Locator {
    return this.page.getByRole('textbox', { name: 'OpenAI API key (text box)' });
  }

  /** A person's paste (Ctrl+V) into a field, the key field unless another is named. */
  paste(text: string, field: Locator = this.keyField): Promise<void> {
    return pasteInto(field, text);
  }

  /** Empties the key field and pastes again, as a person fixing a key does. */
  async repaste(text: string, field: Locator = this.keyField): Promise<void> {
    await clearField(field);
    await pasteInto(field, text);
  }

  get warning(): WarningView {
    return new WarningView(this.page);
  }
}

/** The inline warning, as assistive technology reads it out of its closed shadow root. */
export class WarningView {
  constructor(private readonly target: Page | Frame) {}

  async text(): Promise<string> {
    return (await inlineWarning(this.target))?.text ?? '';
  }

  async role(): Promise<string | null> {
    return (await inlineWarning(this.target))?.role ?? null;
  }

  /** Waits until the warning says `words`. */
  async says(words: string | RegExp, timeout?: number): Promise<void> {
    const poll = expect.poll(() => this.text(), timeout === undefined ? {} : { timeout });
    await (typeof words === 'string' ? poll.toContain(words) : poll.toMatch(words));
  }

  /** Waits until a warning is shown. */
  async shows(): Promise<void> {
    await expect.poll(() => inlineWarning(this.target)).not.toBeNull();
  }

  /** Waits until no warning is shown. */
  async isGone(): Promise<void> {
    await expect.poll(() => inlineWarning(this.target)).toBeNull();
  }

  /**
   * Counts, from now on, every time a warning card is put into the page. A page sees the card's host
   * element (never what is in it), so this is a signal a test can wait on instead of a sleep.
   */
  static async countCards(page: Page): Promise<() => Promise<number>> {
    await page.evaluate(() => {
      const w = window as unknown as { keyDoctorCards: number };
      w.keyDoctorCards = 0;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof HTMLElement && node.getAttribute('popover') === 'manual' && node.localName.includes('-')) w.keyDoctorCards++;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    return () => page.evaluate(() => (window as unknown as { keyDoctorCards: number }).keyDoctorCards);
  }
}

/** The options page. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    return new OptionsPage(page);
  }

  /** "Check pasted keys with OpenAI": automatically, ask me first, or never. */
  async setChecks(mode: 'Check automatically' | 'Ask me first' | 'Never'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(mode) }).check();
    await this.saved();
  }

  /** Switches on one of the consented extras. */
  async consent(name: RegExp): Promise<void> {
    await this.page.getByRole('checkbox', { name }).check();
    await this.saved();
  }

  async saved(): Promise<void> {
    await expect(this.page.getByRole('status').first()).toHaveText('Saved.');
  }

  get hints(): Locator {
    return this.page.getByRole('region', { name: 'Key hints' });
  }

  async addHint(key: string, label: string): Promise<void> {
    await this.hints.getByLabel('Label', { exact: true }).fill(label);
    await this.hints.getByLabel('Key', { exact: true }).fill(key);
    await this.hints.getByRole('button', { name: 'Add hint' }).click();
    await expect(this.hints.getByLabel(`Label of ${label}`)).toHaveValue(label);
  }
}

/** The welcome page Key Doctor opens at install, with its one question. */
export class WelcomePage {
  static readonly PATH = '/src/welcome/index.html';

  private constructor(readonly page: Page) {}

  /** The welcome tab the extension opened by itself. */
  static async opened(context: BrowserContext): Promise<WelcomePage> {
    const isWelcome = (page: Page) => page.url().endsWith(WelcomePage.PATH);
    const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
    await page.waitForLoadState();
    return new WelcomePage(page);
  }

  /** Answers as a person does: picks one answer, then "Save my choice" (found by what they are, so in any language). */
  async answer(mode: 'Check automatically' | 'Ask me first' | 'Never'): Promise<void> {
    const value = { 'Check automatically': 'auto', 'Ask me first': 'ask', Never: 'never' }[mode];
    await this.page.locator(`input[type="radio"][value="${value}"]`).check();
    await this.page.locator('button[type="submit"]').click();
    await expect(this.page.locator('#answered')).toBeFocused();
  }
}
