import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageScan, ResponseOf } from '../shared/messages';
import { useExtension } from '../ui/extension';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; reason: string };

/** The tab the popup was opened on, with its web origin; null on pages Key Doctor may not act on (browser pages, stores). */
export type Site = { id: number; origin: string } | null;
export type PopupView = ResponseOf<'popup/view'>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the popup shows, from one query for the active tab: the worker's view of it (one message) and
 * the page's key fields (the scan), each arriving on its own.
 */
export function usePopupData() {
  const api = useExtension();
  const [site, setSite] = useState<Load<Site>>({ status: 'loading' });
  const [view, setView] = useState<Load<PopupView | null>>({ status: 'loading' });
  const [scan, setScan] = useState<Load<PageScan | null>>({ status: 'loading' });
  const siteValue = site.status === 'ready' ? site.value : null;
  /** Asks the worker for the tab's view again: after the popup started a check, until its answer is there. */
  const refreshView = useCallback(async (tabId: number) => {
    const value = await api.ask('popup/view', { tabId, origin: siteValue?.origin ?? '' });
    setView({ status: 'ready', value });
    return value;
  }, [api, siteValue]);
  useEffect(() => {
    const failed = (error: unknown) => ({ status: 'failed', reason: reasonOf(error) }) as const;
    api.activeTab().then(
      (tab) => {
        const here: Site = tab && /^https?:/.test(tab.url) ? { id: tab.id, origin: new URL(tab.url).origin } : null;
        setSite({ status: 'ready', value: here });
        if (!tab) {
          setView({ status: 'ready', value: null });
          setScan({ status: 'ready', value: null });
          return;
        }
        api.ask('popup/view', { tabId: tab.id, origin: here?.origin ?? '' }).then((value) => setView({ status: 'ready', value }), (error) => setView(failed(error)));
        // Each frame scans itself (the worker validates what they answer); null where Key Doctor may not look.
        api.ask('page/scan', { tabId: tab.id }).then((value) => setScan({ status: 'ready', value }), () => setScan({ status: 'ready', value: null }));
      },
      (error) => {
        setSite(failed(error));
        setView(failed(error));
        setScan(failed(error));
      },
    );
  }, [api]);
  return { site, view, scan, refreshView };
}
