import { showTamperingOnBadge } from './badge';
import type { Context } from './router';
import { updateTabState } from './tab-state';

/** The page kept hiding Key Doctor's card for the key checked on this tab: the popup and the badge say so. */
export async function warningTampered(_request: object, { tabId, origin }: Context): Promise<{ ok: true }> {
  if (tabId === undefined) throw new Error('content message without a tab');
  const state = await updateTabState(tabId, (tab) => (tab.origin === origin ? { ...tab, tampered: true } : tab));
  if (state?.tampered) await showTamperingOnBadge(tabId);
  return { ok: true };
}
