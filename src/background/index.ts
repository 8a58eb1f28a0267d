import { extensionId, extensionOrigin, injectContentScriptIntoOpenTabs, onHostAccessChanged, onInstalledOrUpdated, onMessage, onTabLoading, onTabRemoved } from '../shared/browser-api';
import { welcomeUntilAnswered } from './first-run';
import { clearBadge, showHostAccess } from './host-access';
import { handlers } from './handlers';
import { createRouter } from './router';
import { clearTabState } from './tab-state';

// Registered synchronously at the top level: the worker may be started just to deliver one event.
const route = createRouter(handlers, { extensionId: extensionId(), extensionOrigin: extensionOrigin() });
onMessage(route);
onTabRemoved((tabId) => void clearTabState(tabId));
onTabLoading((tabId) => void Promise.all([clearTabState(tabId), clearBadge(tabId)]).catch(() => undefined));
// Pages open before an install or an update get the content script now, not at their next reload; the
// person who has not answered the first-run question is asked it.
onInstalledOrUpdated(() => void Promise.all([welcomeUntilAnswered(), injectContentScriptIntoOpenTabs()]).catch(() => undefined));
// Checked at each start and whenever the person grants or takes back access.
onHostAccessChanged(() => void showHostAccess().catch(() => undefined));
void showHostAccess().catch(() => undefined);
