import { extensionId, extensionOrigin, onInstalled, onMessage, onTabLoading, onTabRemoved } from '../shared/browser-api';
import { handlers } from './handlers';
import { createRouter } from './router';
import { loadStore } from './store';
import { clearTabState } from './tab-state';

// Registered synchronously at the top level: the worker may be started just to deliver one event.
const route = createRouter(handlers, { extensionId: extensionId(), extensionOrigin: extensionOrigin() });
onMessage(route);
onTabRemoved((tabId) => void clearTabState(tabId));
onTabLoading((tabId) => void clearTabState(tabId));
onInstalled(() => void loadStore());
