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

type Responder = (message: unknown) => unknown;

/**
 * Answers synchronous requests from our own extension pages (never from pages or other extensions).
 * Returns a function that removes the listener.
 */
export function onExtensionRequest(answer: Responder): () => void {
  const events = (globalThis as { browser?: { runtime?: ChromeRuntimeEvents } }).browser?.runtime ??
    (globalThis as { chrome?: { runtime?: ChromeRuntimeEvents } }).chrome?.runtime;
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (reply: unknown) => void) => {
    if (sender.id !== runtime()?.id || sender.tab !== undefined) return false;
    const reply = answer(message);
    if (reply !== undefined) respond(reply);
    return false;
  };
  events?.onMessage.addListener(listener);
  return () => events?.onMessage.removeListener(listener);
}

interface ChromeRuntimeEvents {
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string; tab?: unknown }, respond: (reply: unknown) => void) => boolean): void;
    removeListener(listener: unknown): void;
  };
}
