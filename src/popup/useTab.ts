import { useEffect, useState } from 'preact/hooks';
import { activeTab, scanAllFrames } from '../shared/browser-api';
import { type PageScan, PageScanSchema } from '../shared/messages';
import type { TabState } from '../shared/schemas';
import { ask } from '../ui/client';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `load` once for the tab the popup was opened on, and tracks its progress. */
function useTabLoad<T>(load: (tabId: number) => Promise<T>, none: T): Load<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  useEffect(() => {
    activeTab()
      .then((tab) => (tab === undefined ? none : load(tab.id)))
      .then((value) => setState({ status: 'ready', value }), (error: unknown) => setState({ status: 'failed', reason: reasonOf(error) }));
  }, [load, none]);
  return state;
}

const loadTabState = async (tabId: number) => (await ask('tab/state', { tabId })).state;

/** Every frame's answer, validated; frames without our script (or with a malformed answer) add nothing. */
async function loadPageScan(tabId: number): Promise<PageScan | null> {
  let answers: unknown[];
  try {
    answers = await scanAllFrames(tabId);
  } catch {
    return null;
  }
  const fields = answers.flatMap((answer) => PageScanSchema.safeParse(answer).data?.fields ?? []);
  return { fields: fields.slice(0, 50) };
}

/** The tab and its web origin; null on pages Key Doctor may not act on (browser pages, stores). */
export const useActiveTab = (): Load<{ id: number; origin: string } | null> =>
  useTabLoad(loadActiveTab, null);

async function loadActiveTab(): Promise<{ id: number; origin: string } | null> {
  const tab = await activeTab();
  if (!tab || !/^https?:/.test(tab.url)) return null;
  return { id: tab.id, origin: new URL(tab.url).origin };
}

/** The diagnosis the service worker holds for this tab. */
export const useTabState = (): Load<TabState | null> => useTabLoad(loadTabState, null);

/** The key fields the page has, asked of its content script; null where none can run. */
export const usePageScan = (): Load<PageScan | null> => useTabLoad(loadPageScan, null);
