import type { RequestOf, ResponseOf } from '../shared/messages';
import { siteHistory } from './site-history';
import { currentStatus } from './status';
import { loadStore } from './store';
import { loadTabState } from './tab-state';

/** How long the popup's first view waits for the status page; after that the popup asks again itself. */
const STATUS_WAIT_MS = 1500;

/** Everything the popup shows when it opens, in one answer. */
export async function popupView({ tabId, origin }: RequestOf<'popup/view'>): Promise<ResponseOf<'popup/view'>> {
  const { settings, hints } = await loadStore();
  const status = settings.statusChecks
    ? Promise.race([currentStatus().catch(() => null), new Promise<null>((done) => setTimeout(() => done(null), STATUS_WAIT_MS))])
    : ('off' as const);
  const [state, history] = await Promise.all([loadTabState(tabId), origin ? siteHistory(origin) : []]);
  return { state, hintCount: hints.length, creditConsent: settings.creditCheck, status: await status, history };
}
