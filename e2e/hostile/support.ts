import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import { secretMiddle } from '../../test/keys';
import { DemoPage, OptionsPage } from '../support/pages';

/** A hostile test page (test-pages/hostile/…), opened as a person would, with its key field. */
export async function hostilePage(context: BrowserContext, origin: string, name: string): Promise<DemoPage> {
  return DemoPage.at(context, `${origin}/hostile/${name}.html`);
}

/** The same fixture server under its other name: another origin (127.0.0.1 ↔ localhost). */
export const otherOrigin = (origin: string) => origin.replace(/127\.0\.0\.1|localhost/, (host) => (host === 'localhost' ? '127.0.0.1' : 'localhost'));

/** A frame of the page, once it has loaded, by a part of its URL (`about:srcdoc`, `about:blank`). */
export async function frameOf(page: Page, part: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f !== page.mainFrame() && f.url().includes(part))).toBe(true);
  return page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part)) as Frame;
}

/**
 * Everything that could carry a key out: every request the browser made (pages and the worker), what
 * the pages wrote to their consoles, and the extension's storage. A test ends by asking it.
 */
export class LeakWatch {
  readonly requests: string[] = [];
  readonly console: string[] = [];

  constructor(context: BrowserContext, private readonly worker: Worker) {
    context.on('request', (request) => this.requests.push(request.url()));
    context.on('console', (message) => this.console.push(message.text()));
    context.on('page', (page) => page.on('console', (message) => this.console.push(message.text())));
  }

  /** Requests to anything but the test pages' server and the extension itself. */
  offSite(): string[] {
    return this.requests.filter((url) => !/^(https?:\/\/(127\.0\.0\.1|localhost):\d+\/|chrome-extension:|data:|about:)/.test(url));
  }

  /** Fails when a key's secret part is in a request URL, a console line or the extension's storage. */
  async expectNoTraceOf(...keys: string[]): Promise<void> {
    const stored = JSON.stringify(await this.worker.evaluate(async () => [await chrome.storage.local.get(), await chrome.storage.session.get()]));
    for (const key of keys) {
      const secret = secretMiddle(key).slice(0, 24);
      expect(this.requests.filter((url) => url.includes(secret))).toEqual([]);
      expect(this.console.filter((line) => line.includes(secret))).toEqual([]);
      expect(stored).not.toContain(secret);
    }
  }
}

/** Sets "Check pasted keys with OpenAI" in the options page. */
export async function setChecks(context: BrowserContext, extensionId: string, mode: 'Check automatically' | 'Ask me first' | 'Never'): Promise<void> {
  const options = await OptionsPage.open(context, extensionId);
  await options.setChecks(mode);
  await options.page.close();
}
