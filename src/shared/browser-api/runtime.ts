/**
 * The part of the browser API the content script needs, without webextension-polyfill: in MV3,
 * Chrome's `chrome.runtime` returns promises and Firefox has `browser` natively. Keeping the
 * polyfill (3 KB gzip) out of a script that runs on every page is the point of this file.
 */
interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

interface I18nLike {
  getMessage(key: string, substitutions?: string[]): string;
}

interface ExtensionApi {
  runtime?: RuntimeLike;
  i18n?: I18nLike;
  dom?: { openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null };
}

/**
 * The extension's own `browser` or `chrome` namespace, taken once at load — only an own property of
 * this world's global counts: a page's `<iframe name="browser">` or `<form name="chrome">` is a named
 * property further down the chain, and would otherwise be taken for the API (or throw, cross-origin).
 * Its `runtime` is read only when first needed: the browser builds that part of the API on first use,
 * which is not free, and most pages never need it.
 */
function ownApi(name: 'browser' | 'chrome'): ExtensionApi | undefined {
  try {
    if (!Object.prototype.hasOwnProperty.call(globalThis, name)) return undefined;
    const api = (globalThis as Record<string, unknown>)[name];
    return typeof api === 'object' && api !== null ? (api as ExtensionApi) : undefined;
  } catch {
    return undefined;
  }
}

const NAMESPACES = [ownApi('browser'), ownApi('chrome')];

const runtime = (): RuntimeLike | undefined => {
  for (const api of NAMESPACES) {
    try {
      if (typeof api?.runtime?.sendMessage === 'function') return api.runtime;
    } catch {
      // Not this one.
    }
  }
  return undefined;
};

/** The browser's message catalogs (`_locales`), from the same namespaces as everything else here. */
export function i18nApi(): I18nLike | undefined {
  for (const api of NAMESPACES) {
    try {
      if (typeof api?.i18n?.getMessage === 'function') return api.i18n;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/** False once the extension was reloaded or removed under a still-running content script. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

export function sendMessage(message: unknown): Promise<unknown> {
  const target = runtime();
  return target ? target.sendMessage(message) : Promise.reject(new Error('extension context invalidated'));
}

/** A closed shadow root is reachable by extensions only: `chrome.dom` in Chrome, a property in Firefox. */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  if (!(element instanceof HTMLElement)) return null;
  try {
    for (const api of NAMESPACES) {
      const root = api?.dom?.openOrClosedShadowRoot?.(element);
      if (root) return root;
    }
    return null;
  } catch {
    return null;
  }
}

/** Where the content script's on-demand part (content/on-demand/main.ts), once injected, leaves itself in this isolated world. */
export const ON_DEMAND = '__keyDoctorOnDemand';
/** Where the saved-key search (content/saved-keys/main.ts), injected only when the popup asks for it, leaves itself. */
export const SAVED_KEYS = '__keyDoctorSavedKeys';

/**
 * Defined, not assigned: with a page's `<iframe name="__keyDoctorOnDemand">`, the name is a named
 * property further down the global's chain, and an assignment would not make it ours.
 */
const offer = (name: string, part: unknown) => Object.defineProperty(globalThis, name, { value: part, configurable: true });

export const offerOnDemand = (part: unknown) => void offer(ON_DEMAND, part);
export const offerSavedKeySearch = (part: unknown) => void offer(SAVED_KEYS, part);

/** Where the always-on script marks that it guards this frame: injected again after an install or update, it starts only once. */
const GUARD = '__keyDoctorGuard';

const offered = (name: string): unknown => (Object.prototype.hasOwnProperty.call(globalThis, name) ? (globalThis as Record<string, unknown>)[name] : undefined);

/** Our part only when it is an own property of this world's global, never a page's frame of the same name. */
export const offeredOnDemand = (): unknown => offered(ON_DEMAND);

/**
 * Claims this frame for the always-on script that calls it: false when a live copy already guards it
 * (the manifest's, and the one the worker injects into pages open at an install or update). A copy
 * orphaned by an update is not live: the new one takes over.
 */
export function claimFrame(): boolean {
  const running = offered(GUARD);
  if (typeof running === 'function' && running()) return false;
  offer(GUARD, extensionAlive);
  return true;
}
