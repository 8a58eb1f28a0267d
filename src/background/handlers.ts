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
    await saveTabState(tabId, { origin: originOf(url), field, report, at: Date.now() });
    await showReportOnBadge(tabId, report);
    return { report };
  },
  'tab/state': async ({ tabId }) => ({ state: await loadTabState(tabId) }),
  'settings/get': async () => (await loadStore()).settings,
  'settings/set': async (change) => updateSettings(change),
};
