/**
 * An in-memory stand-in for `src/shared/browser-api` (the one module that wraps the extension API),
 * for tests of the service worker's handlers in Node: `vi.mock('../shared/browser-api', () => import(…))`.
 * Storage behaves like the browser's: values are copied in and out as JSON.
 */
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

interface Memory {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  badges: Map<number, { text: string; color: string; title: string }>;
  reset(): void;
}

// One store for every copy of this module: tests reset modules to get a fresh worker, and the mock
// and the test may each hold their own copy.
const shared = globalThis as { keyDoctorFakeBrowser?: Memory };
export const memory: Memory = (shared.keyDoctorFakeBrowser ??= {
  local: {},
  session: {},
  badges: new Map(),
  reset() {
    this.local = {};
    this.session = {};
    this.badges.clear();
  },
});

export const extensionId = () => 'abcdefghijklmnopabcdefghijklmnop';
export const extensionOrigin = () => `chrome-extension://${extensionId()}`;
export const extensionAlive = () => true;

export const local = {
  get: async (): Promise<Record<string, unknown>> => copy(memory.local),
  set: async (items: Record<string, unknown>) => {
    Object.assign(memory.local, copy(items));
  },
};

export const session = {
  get: async (key: string): Promise<unknown> => copy(memory.session[key]),
  set: async (key: string, value: unknown) => {
    memory.session[key] = copy(value);
  },
  remove: async (key: string) => {
    delete memory.session[key];
  },
};

export async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  memory.badges.set(tabId, { text, color, title });
}

const unused = (name: string) => () => {
  throw new Error(`${name} is not part of the worker tests`);
};
export const sendMessage = unused('sendMessage');
export const onMessage = unused('onMessage');
export const onTabRemoved = unused('onTabRemoved');
export const onTabLoading = unused('onTabLoading');
export const onInstalledOrUpdated = unused('onInstalledOrUpdated');
export const activeTab = unused('activeTab');
export const clearSiteCache = unused('clearSiteCache');
export const clearSiteData = unused('clearSiteData');
export const reloadTab = unused('reloadTab');
export const openOptionsPage = unused('openOptionsPage');
export const openExtensionTab = unused('openExtensionTab');
export const hasHostAccess = async () => true;
export const requestHostAccess = unused('requestHostAccess');
export const onHostAccessChanged = unused('onHostAccessChanged');
export const injectIntoFrame = unused('injectIntoFrame');
