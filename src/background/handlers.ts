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
  'diagnosis/report': async ({ field, report }, { tabId, url }) => {
    if (tabId === undefined) throw new Error('content message without a tab');
    await saveTabState(tabId, { origin: originOf(url), field, report, at: Date.now() });
    await showReportOnBadge(tabId, report);
    return { ok: true };
  },
  'tab/state': async ({ tabId }) => ({ state: await loadTabState(tabId) }),
  'settings/get': async () => (await loadStore()).settings,
  'settings/set': async (change) => updateSettings(change),
};
