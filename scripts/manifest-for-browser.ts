/**
 * The built manifest for each browser, from the one `manifest.json` (Chromium's) and the version in
 * package.json (the only place the version is written).
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type TargetBrowser = 'chrome' | 'firefox';
export const TARGET_BROWSERS: readonly TargetBrowser[] = ['chrome', 'firefox'];

/** Firefox's add-on id: fixed, so storage, updates and the store listing survive every release. */
export const GECKO_ID = 'key-doctor@key-doctor.dev';
/** The oldest Firefox the build is tested against (ESR 140 has storage.session, scripting and MV3 host consent). */
export const GECKO_MIN_VERSION = '140.0';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
  content_scripts: Record<string, unknown>[];
};

/** Keys Chromium understands that Firefox does not: `web-ext lint` warns on each, and Firefox ignores them. */
const CHROMIUM_ONLY_KEYS = ['minimum_chrome_version', 'externally_connectable'];
const CHROMIUM_ONLY_CONTENT_SCRIPT_KEYS = ['match_origin_as_fallback'];

function withoutKeys<T extends Record<string, unknown>>(value: T, keys: string[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as T;
}

export function manifestFor(browser: TargetBrowser, base: Manifest, version: string): ManifestV3Export {
  const versioned = { ...base, version };
  if (browser === 'chrome') return versioned as unknown as ManifestV3Export;
  const firefox = withoutKeys(versioned, CHROMIUM_ONLY_KEYS);
  return {
    ...firefox,
    // Firefox runs MV3 backgrounds as event pages; crxjs turns this entry into its loader.
    background: { scripts: [base.background.service_worker], type: 'module' },
    content_scripts: base.content_scripts.map((script) => withoutKeys(script, CHROMIUM_ONLY_CONTENT_SCRIPT_KEYS)),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // What leaves the browser: the key a person asks to check goes to OpenAI (authentication information).
        data_collection_permissions: { required: ['authenticationInfo'] },
      },
    },
  } as unknown as ManifestV3Export;
}
