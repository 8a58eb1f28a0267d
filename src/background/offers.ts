import { OFFER_MS } from '../core/limits';
import { callInAllFrames } from '../shared/browser-api';
import { ON_DEMAND } from '../shared/browser-api/runtime';
import { ON_DEMAND_FILE } from './warning-ui';
import { randomHex } from './random';
import { loadTabState, updateTabState } from './tab-state';

/**
 * "Ask me first", enforced here rather than trusted to the page's side: a check is offered for one
 * key on one tab, and a verification in that mode runs only with the offer's token, once.
 */
export function newOffer(fingerprint: string): { token: string; fingerprint: string; at: number } {
  return { token: randomHex(16), fingerprint, at: Date.now() };
}

const fresh = (offer: { at: number }) => Date.now() - offer.at < OFFER_MS;

/** True, once, for the token the worker offered on this tab for this key, while it is fresh. */
export async function redeemOffer(tabId: number, token: string | undefined, fingerprint: string): Promise<boolean> {
  if (!token) return false;
  let redeemed = false;
  await updateTabState(tabId, (state) => {
    const { offer, ...rest } = state;
    redeemed = offer?.token === token && offer.fingerprint === fingerprint && fresh(offer);
    return redeemed ? rest : state;
  });
  return redeemed;
}

/** Whether the tab has a check on offer: the popup then offers it too. */
export const offerPending = async (tabId: number) => {
  const offer = (await loadTabState(tabId))?.offer;
  return Boolean(offer && fresh(offer));
};

/** The popup's "Check with OpenAI": the frame that offered the check starts it, with its token, as if its card's button were clicked. */
export async function checkOffered({ tabId }: { tabId: number }): Promise<{ started: boolean }> {
  if (!(await offerPending(tabId))) return { started: false };
  const answers: unknown[] = await callInAllFrames(tabId, ON_DEMAND_FILE, ON_DEMAND, 'checkOffered', []).catch(() => []);
  return { started: answers.includes(true) };
}
