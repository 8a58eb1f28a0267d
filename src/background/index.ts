import { extensionId, extensionOrigin, injectContentScriptIntoOpenTabs, onInstalled, onMessage, onTabLoading, onTabRemoved } from '../shared/browser-api';
import { clearBadge } from './badge';
import { handlers } from './handlers';
import { createRouter } from './router';
import { loadStore } from './store';
import { clearTabState } from './tab-state';

// Registered synchronously at the top level: the worker may be started just to deliver one event.
const route = createRouter(handlers, { extensionId: extensionId(), extensionOrigin: extensionOrigin() });
onMessage(route);
onTabRemoved((tabId) => void clearTabState(tabId));
onTabLoading((tabId) => void Promise.all([clearTabState(tabId), clearBadge(tabId)]).catch(() => undefined));
// Pages open before an install or an update get the content script now, not at their next reload.
onInstalled(() => void Promise.all([loadStore(), injectContentScriptIntoOpenTabs()]).catch(() => undefined));
