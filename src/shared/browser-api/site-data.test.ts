import { afterEach, describe, expect, it, vi } from 'vitest';

const browser = {
  browsingData: { remove: vi.fn(async () => undefined) },
  tabs: { reload: vi.fn(async () => undefined) },
};
vi.mock('webextension-polyfill', () => ({ default: browser }));

async function apiFor(mode: 'chrome' | 'firefox') {
  vi.resetModules();
  vi.stubEnv('MODE', mode);
  return import('./index');
}

afterEach(() => {
  vi.unstubAllEnvs();
  browser.browsingData.remove.mockClear();
  browser.tabs.reload.mockClear();
});

describe('clearing one site’s data, as each browser allows', () => {
  it('Chromium: the cache, cache storage and service workers of the origin; its stored data by origin', async () => {
    const api = await apiFor('chrome');
    expect(api.CAN_CLEAR_ONE_SITES_CACHE).toBe(true);
    await api.clearSiteCache('https://chat.example:8443', 3);
    await api.clearSiteData('https://chat.example:8443');
    expect(browser.browsingData.remove.mock.calls).toEqual([
      [{ origins: ['https://chat.example:8443'] }, { cache: true, cacheStorage: true, serviceWorkers: true }],
      [{ origins: ['https://chat.example:8443'] }, { localStorage: true, indexedDB: true, cookies: true }],
    ]);
    expect(browser.tabs.reload).not.toHaveBeenCalled();
  });

  it('Firefox: by host name (it rejects origins), and the page reloaded past the cache it cannot clear for one site', async () => {
    const api = await apiFor('firefox');
    expect(api.CAN_CLEAR_ONE_SITES_CACHE).toBe(false);
    await api.clearSiteCache('https://chat.example:8443', 3);
    await api.clearSiteData('https://chat.example:8443');
    expect(browser.browsingData.remove.mock.calls).toEqual([
      [{ hostnames: ['chat.example'] }, { serviceWorkers: true }],
      [{ hostnames: ['chat.example'] }, { localStorage: true, indexedDB: true, cookies: true }],
    ]);
    expect(browser.tabs.reload).toHaveBeenCalledWith(3, { bypassCache: true });
  });
});
