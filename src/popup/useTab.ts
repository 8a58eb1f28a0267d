import { useEffect, useState } from 'preact/hooks';
import { activeTab, scanAllFrames } from '../shared/browser-api';
import { type PageScan, PageScanSchema } from '../shared/messages';
import type { TabState } from '../shared/schemas';
import { ask } from '../ui/client';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Tab = { id: number; url: string };

/** Runs `load` once for the tab the popup was opened on, and tracks its progress. */
function useTabLoad<T>(load: (tab: Tab) => Promise<T> | T, none: T): Load<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  useEffect(() => {
    activeTab()
      .then((tab) => (tab === undefined ? none : load(tab)))
      .then((value) => setState({ status: 'ready', value }), (error: unknown) => setState({ status: 'failed', reason: reasonOf(error) }));
  }, [load, none]);
  return state;
}

const loadTabState = async ({ id }: Tab) => (await ask('tab/state', { tabId: id })).state;

/** Every frame's answer, validated; frames without our script (or with a malformed answer) add nothing. */
async function loadPageScan({ id }: Tab): Promise<PageScan | null> {
  let answers: unknown[];
  try {
    answers = await scanAllFrames(id);
  } catch {
    return null;
  }
  const fields = answers.flatMap((answer) => PageScanSchema.safeParse(answer).data?.fields ?? []);
  return { fields: fields.slice(0, 50) };
}

/** The tab and its web origin; null on pages Key Doctor may not act on (browser pages, stores). */
export const useActiveTab = (): Load<{ id: number; origin: string } | null> =>
  useTabLoad(loadActiveTab, null);

const loadActiveTab = ({ id, url }: Tab): { id: number; origin: string } | null =>
  /^https?:/.test(url) ? { id, origin: new URL(url).origin } : null;

/** The diagnosis the service worker holds for this tab. */
export const useTabState = (): Load<TabState | null> => useTabLoad(loadTabState, null);

/** The key fields the page has, asked of its content script; null where none can run. */
export const usePageScan = (): Load<PageScan | null> => useTabLoad(loadPageScan, null);
