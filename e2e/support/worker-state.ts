import type { Worker } from '@playwright/test';

/** What the service worker remembers of this browser session's checks on a site: masks, verdicts, times. */
export async function checksOnSite(worker: Worker, origin: string): Promise<{ mask: string; verdict: { kind: string } | null }[]> {
  const stored = await worker.evaluate((key) => chrome.storage.session.get(key), `site:${origin}`);
  return (stored[`site:${origin}`] as { mask: string; verdict: { kind: string } | null }[] | undefined) ?? [];
}

/** The toolbar badge of the tab showing `url`. */
export function badgeOf(worker: Worker, url: string): Promise<{ text: string; title: string } | null> {
  return worker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    return tab?.id === undefined ? null : { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  }, url);
}

/** The worker's state of the tab showing `url`: when its key was last checked, and OpenAI's answer once there is one. */
export function tabState(worker: Worker, url: string): Promise<{ at: number; verdict?: { kind: string } | null } | null> {
  return worker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    if (tab?.id === undefined) return null;
    const key = `tab:${tab.id}`;
    return ((await chrome.storage.session.get(key))[key] as { at: number; verdict?: { kind: string } | null } | undefined) ?? null;
  }, url);
}
