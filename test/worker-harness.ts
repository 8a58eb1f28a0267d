import { vi } from 'vitest';
import type { Context } from '../src/background/router';
import { type MockAnswer, requestIdFor } from './openai-bodies';

/** A fetch that answers as OpenAI would, records every call, and can hold answers back until released. */
export function fakeOpenAI(answerFor: (url: string, authorization: string | undefined) => MockAnswer) {
  /** Requests to OpenAI's API hosts; the status page is answered (unreadable) but not counted. */
  const calls: { url: string; authorization: string | undefined }[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url.startsWith('https://status.openai.com/')) return new Response('', { status: 503 });
    const authorization = (init.headers as Record<string, string> | undefined)?.Authorization;
    calls.push({ url, authorization });
    if (holding) await new Promise<void>((release) => held.push(release));
    const answer = answerFor(url, authorization);
    return new Response(answer.body, { status: answer.status, headers: { 'x-request-id': requestIdFor(answer.status) } });
  }));
  return {
    calls,
    /** From now on answers wait until `release()`. */
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const go of held.splice(0)) go();
    },
    /** Resolves once `count` requests have been made. */
    requested: (count: number) => vi.waitFor(() => {
      if (calls.length < count) throw new Error(`${calls.length} of ${count} requests`);
    }),
  };
}

/**
 * The service worker's handlers, loaded afresh (its rate limits and in-flight checks are module
 * state), over empty storage — and that storage, the very instance the handlers write to.
 */
/** A worker with nothing stored but the person's first-run answer: check automatically. */
export async function freshWorker() {
  vi.resetModules();
  const { memory } = await import('./fake-browser-api');
  memory.reset();
  const { handlers } = await import('../src/background/handlers');
  await handlers['settings/set']({ autoCheck: 'auto' }, { tabId: -1, frameId: 0, url: '', origin: '', topOrigin: '' });
  return { handlers, memory };
}

/** A content script's context: a frame of `origin` in a tab whose top-level page is `topOrigin`'s (by default the same). */
export const tabContext = (origin = 'https://chat.example', tabId = 7, topOrigin = origin): Context => ({ tabId, frameId: 0, url: `${origin}/settings`, origin, topOrigin });
