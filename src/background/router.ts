import { type Envelope, type MessageType, type Origin, ROUTES, type RequestOf, type ResponseOf } from '../shared/messages';

export interface Sender {
  id?: string;
  url?: string;
  tabId?: number;
  frameId?: number;
}

/** Where a message came from, as far as the browser vouches for it. */
export interface Context {
  tabId?: number;
  frameId?: number;
  url: string;
}

export type Handlers = { [T in MessageType]: (request: RequestOf<T>, context: Context) => Promise<ResponseOf<T>> };

interface Identity {
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
}

/** Which kind of sender this is, or undefined when it is neither of ours. */
export function senderOrigin(sender: Sender, self: Identity): Origin | undefined {
  if (sender.id !== self.extensionId || !sender.url) return undefined;
  // A prefix test with the slash: `new URL().origin` is "null" for extension schemes outside the browser.
  const fromOwnPage = sender.url.startsWith(`${self.extensionOrigin}/`);
  if (fromOwnPage) return 'extension-page';
  const inTabFrame = Number.isInteger(sender.tabId) && (sender.tabId ?? -1) >= 0 && Number.isInteger(sender.frameId);
  return inTabFrame ? 'content' : undefined;
}

const fail = (error: 'forbidden' | 'invalid' | 'unknown' | 'failed'): Envelope<never> => ({ ok: false, error });

/**
 * Checks the sender first, then the message, then runs exactly one handler. Anything unexpected is
 * refused: unknown types, wrong senders, malformed payloads, handler errors, malformed answers.
 */
export function createRouter(handlers: Handlers, self: Identity) {
  return async (message: unknown, sender: Sender): Promise<Envelope<unknown>> => {
    const origin = senderOrigin(sender, self);
    if (!origin) return fail('forbidden');
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(ROUTES, type)) return fail('unknown');
    const route = ROUTES[type as MessageType];
    if (route.from !== origin) return fail('forbidden');
    const parsed = route.request.safeParse((message as { payload?: unknown }).payload);
    if (!parsed.success) return fail('invalid');
    const context: Context = { tabId: sender.tabId, frameId: sender.frameId, url: sender.url ?? '' };
    try {
      const handler = handlers[type as MessageType] as (request: unknown, context: Context) => Promise<unknown>;
      const answer = route.response.safeParse(await handler(parsed.data, context));
      return answer.success ? { ok: true, data: answer.data } : fail('failed');
    } catch {
      return fail('failed');
    }
  };
}
