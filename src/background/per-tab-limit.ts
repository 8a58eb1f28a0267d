import { PAGE_MESSAGES_PER_TAB_PER_MINUTE } from '../core/limits';
import { SlidingWindow } from '../core/verify/policy';
import type { Context } from './router';

type Limited = keyof typeof PAGE_MESSAGES_PER_TAB_PER_MINUTE;

const windows = new Map<Limited, SlidingWindow>();

/** The handler, refusing a tab that sends this message more often than a person could: the page gets no answer. */
export function perTabLimited<T extends Limited, Q, A>(type: T, handler: (request: Q, context: Context) => Promise<A>) {
  return (request: Q, context: Context): Promise<A> => {
    const window = windows.get(type) ?? new SlidingWindow(PAGE_MESSAGES_PER_TAB_PER_MINUTE[type], 60_000);
    windows.set(type, window);
    if (!window.take(`tab:${context.tabId}`, Date.now())) return Promise.reject(new Error(`${type}: too many from this tab`));
    return handler(request, context);
  };
}
