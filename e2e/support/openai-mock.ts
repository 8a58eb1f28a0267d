import type { BrowserContext, Route } from '@playwright/test';
import { answers, type MockAnswer, requestIdFor } from '../../test/openai-bodies';
import { statusPages } from '../../test/status-bodies';

/** api.openai.com and its regional hosts (us., eu., ae.). */
export const OPENAI_API_HOST = /^([a-z]+\.)?api\.openai\.com$/;

/** What a request carried that OpenAI's answer depends on. */
export interface Asked {
  host: string;
  path: string;
  authorization: string | undefined;
  organization: string | undefined;
  project: string | undefined;
}

export type Answer = MockAnswer | 'abort' | 'hang' | ((asked: Asked) => MockAnswer | 'abort' | 'hang');

/** OpenAI's answer to a wrong key: "Incorrect API key provided", echoing what was sent, masked its way. */
export const rejected: Answer = ({ authorization }) => answers.invalid((authorization ?? '').replace(/^Bearer /, ''));

/**
 * A valid key of this account, answered as OpenAI does: refused for another organization or project
 * in the headers, or at the wrong regional host; otherwise its model list.
 */
export function account({ organization, project, host = 'api.openai.com', models }: { organization?: string; project?: string; host?: string; models?: string[] }): Answer {
  return (asked) => {
    if (asked.host !== host) return answers.incorrectHostname(host);
    if (asked.organization && asked.organization !== organization) return answers.mismatchedOrganization();
    if (asked.project && asked.project !== project) return answers.mismatchedProject();
    return models ? answers.live(models) : answers.live();
  };
}

export interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

interface StatusPage {
  proxy: unknown;
  summary: unknown;
}

/** api.openai.com, its regional hosts and status.openai.com, mocked at the network layer with faithful bodies. */
export class OpenAIMock {
  readonly requests: Captured[] = [];
  private answer: Answer = answers.live();
  /** Answers for the opt-in extras' endpoints. */
  readonly byPath: Record<string, Answer> = { '/v1/chat/completions': answers.completion(), '/v1/me': answers.me() };
  /** Answers of a regional host (`us.api.openai.com`), for keys of projects pinned to a region. */
  readonly byHost: Record<string, Answer> = {};
  private status: StatusPage = statusPages.green();
  private failing = new Set<'proxy' | 'summary'>();
  private cut = false;
  /** How long OpenAI takes to answer, for tests of what happens meanwhile. */
  delayMs = 0;
  /** How many requests to OpenAI's API hosts have been answered (counted by the transport once delivered): a signal to wait on. */
  answered = 0;

  /** From now on nothing reaches OpenAI or its status page, as on a blocked network. */
  cutOff(): void {
    this.cut = true;
  }

  respondWith(answer: Answer): void {
    this.answer = answer;
  }

  /** The status page's two endpoints; `failing` ones answer 404. */
  statusPage(page: StatusPage, ...failing: ('proxy' | 'summary')[]): void {
    this.status = page;
    this.failing = new Set(failing);
  }

  /** Requests that carried a key: the probe's calls to /v1/models on any host. */
  get probes(): Captured[] {
    return this.requests.filter((r) => new URL(r.url).pathname === '/v1/models' && r.headers.authorization);
  }

  /** Playwright's transport: the routes of a Chromium context. */
  async install(context: BrowserContext): Promise<void> {
    await context.route((url) => url.protocol === 'https:' && OPENAI_API_HOST.test(url.hostname), async (route) => {
      const request = route.request();
      const reply = await this.answerApi({ url: request.url(), method: request.method(), headers: await request.allHeaders(), body: request.postData() });
      await fulfil(route, reply);
      if (typeof reply === 'object') this.answered++;
    });
    await context.route('https://status.openai.com/**', (route) => fulfil(route, this.answerStatus(route.request().url())));
  }

  /** What status.openai.com answers to this URL. */
  answerStatus(url: string): Reply {
    if (this.cut) return 'abort';
    const which = url.endsWith('/api/v2/summary.json') ? 'summary' : 'proxy';
    if (this.failing.has(which)) return { status: 404, contentType: 'text/plain', body: 'Not Found', headers: {} };
    return { status: 200, contentType: 'application/json', body: JSON.stringify(this.status[which]), headers: {} };
  }

  /** What OpenAI's API answers to this request (recorded first), after `delayMs`. Whatever carries the request calls it. */
  async answerApi(request: Captured): Promise<Reply> {
    this.requests.push(request);
    if (this.cut) return 'abort';
    if (this.delayMs) await new Promise((done) => setTimeout(done, this.delayMs));
    const { host, pathname } = new URL(request.url);
    const { headers } = request;
    const forPath = this.byPath[pathname] ?? this.byHost[host] ?? this.answer;
    const asked: Asked = { host, path: pathname, authorization: headers.authorization, organization: headers['openai-organization'], project: headers['openai-project'] };
    const chosen = typeof forPath === 'function' ? forPath(asked) : forPath;
    // Without a key OpenAI says so, whatever the test chose for keyed requests.
    const answer = headers.authorization ? chosen : answers.missingBearer();
    if (answer === 'abort' || answer === 'hang') return answer;
    return { status: answer.status, contentType: answer.contentType ?? 'application/json', headers: { 'x-request-id': requestIdFor(answer.status) }, body: answer.body };
  }
}

/** An HTTP answer, or a connection that fails ('abort') or never answers ('hang': the probe's own timeout must end it). */
export type Reply = { status: number; contentType: string; headers: Record<string, string>; body: string } | 'abort' | 'hang';

async function fulfil(route: Route, reply: Reply): Promise<void> {
  if (reply === 'abort') return route.abort('internetdisconnected');
  if (reply === 'hang') return;
  await route.fulfill(reply);
}
