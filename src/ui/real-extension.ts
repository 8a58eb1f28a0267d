import * as browserApi from '../shared/browser-api';
import { EnvelopeSchema, ROUTES } from '../shared/messages';
import type { ExtensionApi } from './extension';

/** The extension as the popup and the options page really reach it. */
export const realExtension: ExtensionApi = {
  async ask(type, payload) {
    const envelope = EnvelopeSchema.parse(await browserApi.sendMessage({ type, payload }));
    if (!envelope.ok) throw new Error(`The background refused the request (${envelope.error}).`);
    return ROUTES[type].response.parse(envelope.data) as never;
  },
  activeTab: browserApi.activeTab,
  canClearOneSitesCache: browserApi.CAN_CLEAR_ONE_SITES_CACHE,
  clearSiteCache: browserApi.clearSiteCache,
  clearSiteData: browserApi.clearSiteData,
  reloadTab: async (tabId) => {
    await browserApi.reloadTab(tabId);
  },
  openOptionsPage: browserApi.openOptionsPage,
  hostAccess: browserApi.hasHostAccess,
  requestHostAccess: browserApi.requestHostAccess,
  copyText: (text) => navigator.clipboard.writeText(text),
};
