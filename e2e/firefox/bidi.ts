/**
 * A small WebDriver BiDi client: commands with their answers, and events. Enough to drive Debian's
 * firefox-esr (Playwright's own Firefox cannot be downloaded here, and its `moz-firefox` channel
 * cannot install an extension).
 */
import WebSocket from 'ws';

type Message = { id?: number; type: 'success' | 'error' | 'event'; result?: unknown; error?: string; message?: string; method?: string; params?: unknown };
type Handler = (params: Record<string, unknown>) => void;

export class Bidi {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  private readonly handlers = new Map<string, Set<Handler>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Message));
    socket.on('close', () => {
      for (const { reject, method } of this.waiting.values()) reject(new Error(`BiDi closed before ${method} answered`));
      this.waiting.clear();
    });
  }

  static connect(url: string): Promise<Bidi> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new Bidi(socket)));
      socket.once('error', reject);
    });
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, handler: Handler): () => void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
    return () => set.delete(handler);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Message): void {
    if (message.type === 'event' && message.method) {
      for (const handler of this.handlers.get(message.method) ?? []) handler(message.params as Record<string, unknown>);
      return;
    }
    const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
    if (!waiter || message.id === undefined) return;
    this.waiting.delete(message.id);
    if (message.type === 'error') waiter.reject(new Error(`${waiter.method}: ${message.error}: ${message.message}`));
    else waiter.resolve(message.result);
  }
}
