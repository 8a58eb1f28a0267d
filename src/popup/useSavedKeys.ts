import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { SavedKeyScan } from '../core/page-evidence/saved-keys';
import { useExtension } from '../ui/extension';
import type { Load, Site } from './usePopupData';

export interface SavedKeysSearch {
  scan: Load<SavedKeyScan> | null;
  find: () => Promise<void>;
  /** Clears one entry the search found, then searches again. */
  clear: (token: string, where: string) => Promise<void>;
  /** What the last clearing did, for people. */
  done: string;
}

/** "Look for a saved key on this site", run only when the person asks; what it finds lives in the popup only. */
export function useSavedKeys(site: Site): SavedKeysSearch {
  const api = useExtension();
  const [scan, setScan] = useState<Load<SavedKeyScan> | null>(null);
  const [done, setDone] = useState('');
  const find = async () => {
    if (!site) return;
    setScan({ status: 'loading' });
    try {
      setScan({ status: 'ready', value: await api.ask('site/saved-keys', { tabId: site.id, origin: site.origin }) });
    } catch (error) {
      setScan({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const clear = async (token: string, where: string) => {
    if (!site) return;
    const { cleared } = await api.ask('site/clear-saved-key', { tabId: site.id, token }).catch(() => ({ cleared: false }));
    setDone(cleared ? t('saved_deleted', { where }) : t('saved_not_deleted', { where }));
    await find();
  };
  return { scan, find, clear, done };
}
