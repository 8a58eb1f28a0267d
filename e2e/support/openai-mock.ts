import type { BrowserContext, Route } from '@playwright/test';
import { answers, type MockAnswer, requestIdFor } from '../../test/openai-bodies';
import { statusPages } from '../../test/status-bodies';

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
  /** How many requests to OpenAI's API hosts have been answered: a signal to wait on. */
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

  async install(context: BrowserContext): Promise<void> {
    await context.route(/^https:\/\/([a-z]+\.)?api\.openai\.com\//, (route) => this.handleApi(route));
    await context.route('https://status.openai.com/**', (route) => {
      if (this.cut) return route.abort('internetdisconnected');
      const which = route.request().url().endsWith('/api/v2/summary.json') ? 'summary' : 'proxy';
      if (this.failing.has(which)) return route.fulfill({ status: 404, body: 'Not Found' });
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(this.status[which]) });
    });
  }

  private async handleApi(route: Route): Promise<void> {
    const request = route.request();
    const headers = await request.allHeaders();
    this.requests.push({ url: request.url(), method: request.method(), headers, body: request.postData() });
    if (this.cut) return route.abort('internetdisconnected');
    if (this.delayMs) await new Promise((done) => setTimeout(done, this.delayMs));
    const { host, pathname } = new URL(request.url());
    const forPath = this.byPath[pathname] ?? this.byHost[host] ?? this.answer;
    const asked: Asked = { host, path: pathname, authorization: headers.authorization, organization: headers['openai-organization'], project: headers['openai-project'] };
    const chosen = typeof forPath === 'function' ? forPath(asked) : forPath;
    // Without a key OpenAI says so, whatever the test chose for keyed requests.
    const answer = headers.authorization ? chosen : answers.missingBearer();
    if (answer === 'abort') return route.abort('internetdisconnected');
    if (answer === 'hang') return; // never answered: the probe's own timeout must end it
    await route.fulfill({
      status: answer.status,
      contentType: answer.contentType ?? 'application/json',
      headers: { 'x-request-id': requestIdFor(answer.status) },
      body: answer.body,
    });
    this.answered++;
  }
}
