import browser from 'webextension-polyfill';

/** The one place that touches the extension API (with ./runtime, its polyfill-free part for the content script). */

export const extensionId = () => browser.runtime.id;
export const extensionOrigin = () => browser.runtime.getURL('').replace(/\/$/, '');

export { extensionAlive, sendMessage } from './runtime';

export type SenderInfo = { id?: string; origin?: string; url?: string; tabId?: number; frameId?: number; tabUrl?: string };

export function onMessage(handler: (message: unknown, sender: SenderInfo) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender & { origin?: string }) =>
    handler(message, { id: sender.id, origin: sender.origin, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId, tabUrl: sender.tab?.url }),
  );
}

export const onTabRemoved = (handler: (tabId: number) => void) => browser.tabs.onRemoved.addListener((tabId) => handler(tabId));

/** The tab started loading a page (navigation or reload): what it showed no longer applies. */
export const onTabLoading = (handler: (tabId: number) => void) =>
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') handler(tabId);
  });

/** Key Doctor was installed or updated (not the browser, nor a shared module). */
export const onInstalledOrUpdated = (handler: () => void) =>
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') handler();
  });

export async function activeTab(): Promise<{ id: number; url: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url ?? '' };
}

/** Which browser this build is for: `vite build --mode firefox` builds Firefox's. */
const FIREFOX = import.meta.env.MODE === 'firefox';

/**
 * Chrome 74+ filters browsingData by origin (for cookies, storage and cache) and knows cache storage.
 * Firefox filters by host name, and not the HTTP cache at all: it can only clear every site's cache.
 */
export const CAN_CLEAR_ONE_SITES_CACHE = !FIREFOX;
const onlySite = (origin: string) => (FIREFOX ? { hostnames: [new URL(origin).hostname] } : { origins: [origin] }) as browser.BrowsingData.RemovalOptions;
const kinds = (set: Record<string, boolean>) => set as browser.BrowsingData.DataTypeSet;

/**
 * "Clear this site's cache": the HTTP cache, cache storage and service workers of one origin. Where the
 * browser cannot clear one site's cache (Firefox), the site's service workers are removed and its page
 * is reloaded past the cache instead, which fetches everything it loads afresh.
 */
export async function clearSiteCache(origin: string, tabId: number): Promise<void> {
  if (CAN_CLEAR_ONE_SITES_CACHE) {
    await browser.browsingData.remove(onlySite(origin), kinds({ cache: true, cacheStorage: true, serviceWorkers: true }));
    return;
  }
  await browser.browsingData.remove(onlySite(origin), kinds({ serviceWorkers: true }));
  await browser.tabs.reload(tabId, { bypassCache: true });
}

/** "Clear this site's stored data": what it saved (local storage, IndexedDB) and its cookies, which sign you out. */
export const clearSiteData = (origin: string) =>
  browser.browsingData.remove(onlySite(origin), kinds({ localStorage: true, indexedDB: true, cookies: true }));

export const reloadTab = (tabId: number) => browser.tabs.reload(tabId);

/** The badge and title of one tab, or of every tab without its own (`tabId` undefined). */
export async function setBadge(tabId: number | undefined, text: string, color: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setTitle({ tabId, title });
}

/** Key Doctor's access to web pages, which the person can take back (Firefox's add-on manager, Chrome's "site access"). */
const ALL_SITES = { origins: ['<all_urls>'] };
export const hasHostAccess = () => browser.permissions.contains(ALL_SITES);
/** Only from a person's click in one of the extension's pages: the browser asks them. */
export const requestHostAccess = () => browser.permissions.request(ALL_SITES);
export function onHostAccessChanged(handler: () => void): void {
  browser.permissions.onAdded.addListener(() => handler());
  browser.permissions.onRemoved.addListener(() => handler());
}

export const local = {
  get: (): Promise<Record<string, unknown>> => browser.storage.local.get(),
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
};

export const session = {
  get: async (key: string): Promise<unknown> => (await browser.storage.session.get(key))[key],
  set: (key: string, value: unknown) => browser.storage.session.set({ [key]: value }),
  remove: (key: string) => browser.storage.session.remove(key),
};

export const openOptionsPage = () => browser.runtime.openOptionsPage();

/** Opens one of the extension's own pages (a path inside it) in a new tab. */
export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Runs one of the extension's script files in one frame of a tab, in the content script's isolated world. */
export async function injectIntoFrame(tabId: number, frameId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/**
 * Calls one function of an injected script (`file`, which leaves itself at `name` in each frame's
 * isolated world) in every frame of a tab, injecting it first where it is not loaded yet. Returns
 * each frame's answer (unvalidated: it comes from a web page's frame). Rejects where no script may run.
 */
export async function callInAllFrames(tabId: number, file: string, name: string, method: string, args: unknown[]): Promise<unknown[]> {
  const loaded = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    args: [name],
    // Own properties only: a page's `<iframe name=…>` of the same name is a named property, not our part.
    func: (global: string) => Object.prototype.hasOwnProperty.call(globalThis, global),
  });
  const missing = loaded.filter((frame) => frame.result !== true).map((frame) => frame.frameId);
  if (missing.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [file] }).catch(() => undefined);
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    args: [name, method, args],
    func: (global: string, called: string, given: unknown[]) => {
      if (!Object.prototype.hasOwnProperty.call(globalThis, global)) return undefined;
      const part = (globalThis as unknown as Record<string, Record<string, ((...a: unknown[]) => unknown) | undefined> | undefined>)[global];
      return part?.[called]?.(...given);
    },
  });
  return results.map((frame) => frame.result);
}

/**
 * The content script into every frame of every open web page: after an install or an update, pages
 * opened before have none (or an orphaned one), and a person should not have to reload them. A frame
 * that already has a live copy keeps it (content/index.ts claims the frame once).
 */
export async function injectContentScriptIntoOpenTabs(): Promise<number> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const done = await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? false : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).then(() => true, () => false))),
  );
  return done.filter(Boolean).length;
}
