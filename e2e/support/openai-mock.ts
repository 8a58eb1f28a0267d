import type { BrowserContext, Route } from '@playwright/test';
import { answers, type MockAnswer, REQUEST_ID } from '../../test/openai-bodies';
import { statusBodies } from '../../test/status-bodies';

export type Answer = MockAnswer | 'abort' | 'hang' | ((authorization: string | undefined) => MockAnswer | 'abort' | 'hang');

export interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

/** api.openai.com and status.openai.com, mocked at the network layer with faithful bodies. */
export class OpenAIMock {
  readonly requests: Captured[] = [];
  private answer: Answer = answers.live();
  /** Answers for the opt-in extras' endpoints. */
  readonly byPath: Record<string, Answer> = { '/v1/chat/completions': answers.completion(), '/v1/me': answers.me() };
  private status: unknown = statusBodies.green();
  private cut = false;
  /** How long OpenAI takes to answer, for tests of what happens meanwhile. */
  delayMs = 0;
  private summaryFails = false;

  /** From now on nothing reaches OpenAI or its status page, as on a blocked network. */
  cutOff(): void {
    this.cut = true;
  }

  respondWith(answer: Answer): void {
    this.answer = answer;
  }

  /** The status page's answer; `summaryFails` makes /api/v2/summary.json answer 404, as the shim may. */
  statusPage(body: unknown, summaryFails = false): void {
    this.status = body;
    this.summaryFails = summaryFails;
  }

  /** Requests that carried a key: the probe's calls to /v1/models. */
  get probes(): Captured[] {
    return this.requests.filter((r) => r.url === 'https://api.openai.com/v1/models' && r.headers.authorization);
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://api.openai.com/**', (route) => this.handleApi(route));
    await context.route('https://status.openai.com/**', (route) => {
      if (this.cut) return route.abort('internetdisconnected');
      if (this.summaryFails && route.request().url().endsWith('/summary.json')) return route.fulfill({ status: 404, body: 'Not Found' });
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(this.status) });
    });
  }

  private async handleApi(route: Route): Promise<void> {
    const request = route.request();
    const headers = await request.allHeaders();
    this.requests.push({ url: request.url(), method: request.method(), headers, body: request.postData() });
    if (this.cut) return route.abort('internetdisconnected');
    if (this.delayMs) await new Promise((done) => setTimeout(done, this.delayMs));
    const forPath = this.byPath[new URL(request.url()).pathname] ?? this.answer;
    const chosen = typeof forPath === 'function' ? forPath(headers.authorization) : forPath;
    // Without a key OpenAI says so, whatever the test chose for keyed requests.
    const answer = headers.authorization ? chosen : answers.missingBearer();
    if (answer === 'abort') return route.abort('internetdisconnected');
    if (answer === 'hang') return; // never answered: the probe's own timeout must end it
    await route.fulfill({
      status: answer.status,
      contentType: answer.contentType ?? 'application/json',
      headers: { 'x-request-id': REQUEST_ID },
      body: answer.body,
    });
  }
}
