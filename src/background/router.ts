import { type Envelope, type MessageType, ROUTES, type RequestOf, type ResponseOf, type SenderKind } from '../shared/messages';

export interface Sender {
  id?: string;
  /** The sending document's origin, as the browser vouches for it. */
  origin?: string;
  url?: string;
  tabId?: number;
  frameId?: number;
  /** The URL of the tab's top-level page, as the browser knows it. */
  tabUrl?: string;
}

/** Where a message came from, as far as the browser vouches for it. */
export interface Context {
  tabId?: number;
  frameId?: number;
  url: string;
  /** The sending frame's web origin (`https://chat.example`), or '' when it has none (opaque: sandboxed, `data:`, `file:`). */
  origin: string;
  /** The web origin of the tab's top-level page, or '' when it has none: a silent site is silent in all its frames. */
  topOrigin: string;
}

export type Handlers = { [T in MessageType]: (request: RequestOf<T>, context: Context) => Promise<ResponseOf<T>> };

interface Identity {
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
}

const SCHEMES_WITH_ORIGINS = new Set(['http:', 'https:', 'chrome-extension:', 'moz-extension:']);

/**
 * A URL's origin, where the URL alone says it: only http(s) and extension URLs. `about:blank`,
 * `about:srcdoc`, `data:`, `blob:` and `file:` say nothing about a site and read as none.
 */
export function originOfUrl(url: string | undefined): string {
  try {
    // `new URL().origin` is "null" for extension schemes outside the browser: keep scheme and host instead.
    const parsed = new URL(url ?? '');
    return SCHEMES_WITH_ORIGINS.has(parsed.protocol) && parsed.host ? `${parsed.protocol}//${parsed.host}` : '';
  } catch {
    return '';
  }
}

/** The sender's origin: the browser's `sender.origin` (an about:blank or srcdoc frame's is its creator's), or, where a browser gives none, its URL's. */
function originOfSender({ origin, url }: Sender): string {
  const found = origin ?? originOfUrl(url);
  return found === 'null' ? '' : found;
}

/** Which kind of sender this is, or undefined when it is neither of ours. */
export function senderKind(sender: Sender, self: Identity): SenderKind | undefined {
  if (sender.id !== self.extensionId || !sender.url) return undefined;
  // Our pages, in the popup or in a tab (the options page): content scripts never run in them.
  if (originOfSender(sender) === self.extensionOrigin) return 'extension-page';
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
    const kind = senderKind(sender, self);
    if (!kind) return fail('forbidden');
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(ROUTES, type)) return fail('unknown');
    const route = ROUTES[type as MessageType];
    if (route.from !== kind) return fail('forbidden');
    const parsed = route.request.safeParse((message as { payload?: unknown }).payload);
    if (!parsed.success) return fail('invalid');
    const origin = kind === 'content' ? originOfSender(sender) : '';
    const context: Context = { tabId: sender.tabId, frameId: sender.frameId, url: sender.url ?? '', origin, topOrigin: kind === 'content' ? originOfUrl(sender.tabUrl) : '' };
    try {
      const handler = handlers[type as MessageType] as (request: unknown, context: Context) => Promise<unknown>;
      const answer = route.response.safeParse(await handler(parsed.data, context));
      return answer.success ? { ok: true, data: answer.data } : fail('failed');
    } catch {
      return fail('failed');
    }
  };
}
