/**
 * The part of the browser API the content script needs, without webextension-polyfill: in MV3,
 * Chrome's `chrome.runtime` returns promises and Firefox has `browser` natively. Keeping the
 * polyfill (3 KB gzip) out of a script that runs on every page is the point of this file.
 */
interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

const runtime = (): RuntimeLike | undefined =>
  (globalThis as { browser?: { runtime?: RuntimeLike } }).browser?.runtime ??
  (globalThis as { chrome?: { runtime?: RuntimeLike } }).chrome?.runtime;

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
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}

/** Where the content script's on-demand part (content/on-demand/main.ts), once injected, leaves itself in this isolated world. */
export const ON_DEMAND = '__keyDoctorOnDemand';
/** Where the saved-key search (content/saved-keys/main.ts), injected only when the popup asks for it, leaves itself. */
export const SAVED_KEYS = '__keyDoctorSavedKeys';

export function offerOnDemand(part: unknown): void {
  (globalThis as Record<string, unknown>)[ON_DEMAND] = part;
}

export function offerSavedKeySearch(part: unknown): void {
  (globalThis as Record<string, unknown>)[SAVED_KEYS] = part;
}

export const offeredOnDemand = (): unknown => (globalThis as Record<string, unknown>)[ON_DEMAND];
