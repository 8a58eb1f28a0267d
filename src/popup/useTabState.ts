import { useEffect, useState } from 'preact/hooks';
import { activeTabId } from '../shared/browser-api';
import type { TabState } from '../shared/schemas';
import { ask } from '../ui/client';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; reason: string };

/** The diagnosis the service worker holds for the tab the popup was opened on. */
export function useTabState(): Load<TabState | null> {
  const [state, setState] = useState<Load<TabState | null>>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return setState({ status: 'ready', value: null });
      const { state: tab } = await ask('tab/state', { tabId });
      setState({ status: 'ready', value: tab });
    })().catch((error: unknown) => setState({ status: 'failed', reason: String(error instanceof Error ? error.message : error) }));
  }, []);
  return state;
}
