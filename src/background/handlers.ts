import { diagnoseField } from '../core/fields';
import type { Handlers } from './router';
import { showReportOnBadge } from './badge';
import { loadStore, updateSettings } from './store';
import { loadTabState, saveTabState } from './tab-state';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export const handlers: Handlers = {
  'field/check': async ({ field, ...event }, { tabId, url }) => {
    if (tabId === undefined) throw new Error('content message without a tab');
    const { report } = diagnoseField({ ...event, provider: field.provider, pageUrl: url });
    // Answer first: the person is waiting for the inline warning, not for the popup's copy.
    void Promise.all([saveTabState(tabId, { origin: originOf(url), field, report, at: Date.now() }), showReportOnBadge(tabId, report)]).catch(
      () => undefined,
    );
    return { report };
  },
  // Nothing to do: receiving it starts the worker, so the paste that follows is answered at once.
  'worker/wake': async () => ({ ok: true as const }),
  'tab/state': async ({ tabId }) => ({ state: await loadTabState(tabId) }),
  'settings/get': async () => (await loadStore()).settings,
  'settings/set': async (change) => updateSettings(change),
};
