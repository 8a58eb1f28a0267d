/**
 * Debian's firefox-esr with the Firefox build installed, driven over WebDriver BiDi: trusted input
 * (`input.performActions`), the extension's own pages found in the tab tree, and OpenAI answered by
 * the shared OpenAIMock through the profile's proxy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFirefox, firefoxProfile, HOW_TO_INSTALL_FIREFOX, OFFLINE_PREFS } from '../../scripts/firefox';
import { OpenAIMock } from '../support/openai-mock';
import { Bidi } from './bidi';
import { type OpenAIProxy, startOpenAIProxy } from './openai-proxy';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');

/** A node in a page, as BiDi refers to it. */
export type NodeRef = { sharedId: string };
type Remote = { type: string; value?: unknown; sharedId?: string };
type Tree = { contexts: { context: string; url: string; children?: Tree['contexts'] }[] };

const CTRL = '\uE009';
const ENTER = '\uE007';

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export class FirefoxSession {
  private constructor(
    private readonly firefox: ChildProcess,
    private readonly profile: string,
    readonly bidi: Bidi,
    readonly proxy: OpenAIProxy,
    readonly openai: OpenAIMock,
  ) {}

  static async start(): Promise<FirefoxSession> {
    const executable = findFirefox();
    if (!executable) throw new Error(HOW_TO_INSTALL_FIREFOX);
    if (!existsSync(`${DIST_FIREFOX}/manifest.json`)) throw new Error('dist-firefox/ is not built: run `npm run build:firefox` first');
    const openai = new OpenAIMock();
    const proxy = await startOpenAIProxy(openai);
    const profile = firefoxProfile({ ...OFFLINE_PREFS, 'network.proxy.http_port': proxy.port, 'network.proxy.ssl_port': proxy.port, 'intl.locale.requested': 'en-US' });
    const firefox = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((done, fail) => {
      let seen = '';
      firefox.stderr?.on('data', (chunk: Buffer) => {
        seen += String(chunk);
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
        if (match?.[1]) done(match[1]);
      });
      firefox.once('exit', (code) => fail(new Error(`Firefox exited (${code}) before it listened: ${seen.slice(-500)}`)));
    });
    const bidi = await Bidi.connect(`${url}/session`);
    // The proxy answers for OpenAI with a test certificate; the session accepts it.
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: DIST_FIREFOX } });
    return new FirefoxSession(firefox, profile, bidi, proxy, openai);
  }

  async close(): Promise<void> {
    await this.bidi.send('session.end').catch(() => undefined);
    this.bidi.close();
    this.firefox.kill();
    await new Promise((done) => (this.firefox.exitCode === null ? this.firefox.once('exit', done) : done(undefined)));
    await this.proxy.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Every tab and frame, with its URL. */
  async contexts(): Promise<{ context: string; url: string }[]> {
    const { contexts } = await this.bidi.send<Tree>('browsingContext.getTree', {});
    const flat = (list: Tree['contexts']): { context: string; url: string }[] => list.flatMap((c) => [{ context: c.context, url: c.url }, ...flat(c.children ?? [])]);
    return flat(contexts);
  }

  /** A tab the extension opened itself (BiDi may not navigate to moz-extension:// URLs). */
  extensionTab(path: string, timeoutMs?: number): Promise<string> {
    return waitFor(`the extension's ${path}`, async () => (await this.contexts()).find((c) => c.url.startsWith('moz-extension://') && c.url.endsWith(path))?.context, timeoutMs);
  }

  async newTab(url: string): Promise<string> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  async activate(context: string): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context });
  }

  /** Runs `expression` in the page (its own world, not the extension's) and returns its value, through JSON. */
  async evaluate<T>(context: string, expression: string, userActivation = false): Promise<T> {
    const json = `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`;
    const { result } = await this.bidi.send<{ result: Remote }>('script.evaluate', { expression: json, target: { context }, awaitPromise: true, userActivation });
    return JSON.parse(String(result.value)) as T;
  }

  /** The first node `selector` matches, for a click; undefined when none does. */
  async node(context: string, selector: string, within?: NodeRef): Promise<NodeRef | undefined> {
    const { result } = await this.bidi.send<{ result: Remote }>('script.callFunction', {
      functionDeclaration: '(selector, root) => (root ?? document).querySelector(selector)',
      arguments: [{ type: 'string', value: selector }, within ?? { type: 'undefined' }],
      target: { context },
      awaitPromise: false,
    });
    return result.sharedId ? { sharedId: result.sharedId } : undefined;
  }

  /** `fn(node)` run on a node in the page, e.g. to read a closed shadow root's text. */
  async onNode<T>(context: string, node: NodeRef, fn: string): Promise<T> {
    const { result } = await this.bidi.send<{ result: Remote }>('script.callFunction', { functionDeclaration: fn, arguments: [node], target: { context }, awaitPromise: true });
    return result.value as T;
  }

  /** A person's click: the node scrolled into view (BiDi does not), the pointer at its centre, pressed and released. */
  async click(context: string, node: NodeRef): Promise<void> {
    await this.onNode(context, node, `(node) => node.scrollIntoView({ block: 'center', inline: 'center' })`);
    await this.bidi.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: node } },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ] }],
    });
  }

  async pressKeys(context: string, ...keys: string[]): Promise<void> {
    const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.toReversed().map((value) => ({ type: 'keyUp', value }))];
    await this.bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  pressEnter(context: string): Promise<void> {
    return this.pressKeys(context, ENTER);
  }

  /** A person's paste: the text on the clipboard, a click in the field, Ctrl+V. */
  async paste(context: string, selector: string, text: string): Promise<void> {
    const written = await this.evaluate<string>(context, `navigator.clipboard.writeText(${JSON.stringify(text)}).then(() => 'ok', (e) => String(e))`, true);
    if (written !== 'ok') throw new Error(`The clipboard could not be written: ${written}`);
    const field = await waitFor(selector, () => this.node(context, selector));
    await this.click(context, field);
    await this.pressKeys(context, CTRL, 'v');
  }

  /** The inline card's closed shadow root (BiDi hands it over, which no page script can get), if a card is shown. */
  async cardRoot(context: string): Promise<NodeRef | undefined> {
    const { result } = await this.bidi.send<{ result: Remote & { value?: { shadowRoot?: Remote | null } } }>('script.evaluate', {
      expression: `[...document.querySelectorAll('*')].find((e) => e.localName.includes('-') && e.getAttribute('popover') === 'manual') ?? null`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const root = result.value?.shadowRoot?.sharedId;
    return root ? { sharedId: root } : undefined;
  }

  /** The inline card's text; '' when none is shown. */
  async cardText(context: string): Promise<string> {
    const root = await this.cardRoot(context);
    return root ? this.onNode<string>(context, root, `(root) => root.querySelector('.card')?.innerText ?? ''`) : '';
  }

  /** Waits until the card says `words`. */
  cardSays(context: string, words: string, timeoutMs?: number): Promise<string> {
    return waitFor(`the card to say “${words}”`, async () => {
      const text = await this.cardText(context);
      return text.includes(words) && text;
    }, timeoutMs);
  }

  /** A person clicks the card's button once it takes clicks (it is aria-disabled for its first 500 ms). */
  async clickInCard(context: string, name: string): Promise<void> {
    const root = await this.cardRoot(context);
    if (!root) throw new Error('no card is shown');
    const armed = `(root) => [...root.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(name)} && b.getAttribute('aria-disabled') !== 'true')`;
    await waitFor(`the card's “${name}” button to take clicks`, () => this.onNode<boolean>(context, root, armed));
    const button = await this.nodeByText(context, root, 'button', name);
    if (!button) throw new Error(`the card has no “${name}” button`);
    await this.click(context, button);
  }

  /** The first `selector` element inside `root` whose text is `text`. */
  async nodeByText(context: string, root: NodeRef, selector: string, text: string): Promise<NodeRef | undefined> {
    const { result } = await this.bidi.send<{ result: Remote }>('script.callFunction', {
      functionDeclaration: '(root, selector, text) => [...root.querySelectorAll(selector)].find((e) => e.textContent.trim() === text) ?? null',
      arguments: [root, { type: 'string', value: selector }, { type: 'string', value: text }],
      target: { context },
      awaitPromise: false,
    });
    return result.sharedId ? { sharedId: result.sharedId } : undefined;
  }
}
