import { useEffect, useState } from 'preact/hooks';
import { MAX_PAGE_FIELDS } from '../core/limits';
import { type PageScan, PageScanSchema, type ResponseOf } from '../shared/messages';
import { type ExtensionApi, useExtension } from '../ui/extension';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; reason: string };

/** The tab the popup was opened on, with its web origin; null on pages Key Doctor may not act on (browser pages, stores). */
export type Site = { id: number; origin: string } | null;
export type PopupView = ResponseOf<'popup/view'>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every frame's answer, validated; frames without our script (or with a malformed answer) add nothing. */
async function scanPage(api: ExtensionApi, tabId: number): Promise<PageScan | null> {
  let answers: unknown[];
  try {
    answers = await api.scanAllFrames(tabId);
  } catch {
    return null;
  }
  const fields = answers.flatMap((answer) => PageScanSchema.safeParse(answer).data?.fields ?? []);
  return { fields: fields.slice(0, MAX_PAGE_FIELDS) };
}

/**
 * What the popup shows, from one query for the active tab: the worker's view of it (one message) and
 * the page's key fields (the scan), each arriving on its own.
 */
export function usePopupData() {
  const api = useExtension();
  const [site, setSite] = useState<Load<Site>>({ status: 'loading' });
  const [view, setView] = useState<Load<PopupView | null>>({ status: 'loading' });
  const [scan, setScan] = useState<Load<PageScan | null>>({ status: 'loading' });
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
        void scanPage(api, tab.id).then((value) => setScan({ status: 'ready', value }));
      },
      (error) => {
        setSite(failed(error));
        setView(failed(error));
        setScan(failed(error));
      },
    );
  }, [api]);
  return { site, view, scan };
}
