import type { ProbeOutcome } from '../core/verify/outcome';

/** The only network targets. No URL, method or header ever comes from a message. */
const MODELS_URL = 'https://api.openai.com/v1/models';
const COMPLETIONS_URL = 'https://api.openai.com/v1/chat/completions';
const ME_URL = 'https://api.openai.com/v1/me';
const STATUS_URLS = ['https://status.openai.com/api/v2/summary.json', 'https://status.openai.com/proxy/status.openai.com'] as const;
const TIMEOUT_MS = 10_000;
const MAX_BODY = 64_000;

/** The one place that calls fetch. Never throws: no answer is an outcome too. */
async function send(url: string, headers: Record<string, string>, payload?: string): Promise<ProbeOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: payload === undefined ? 'GET' : 'POST',
      headers,
      body: payload,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
    const body = (await response.text()).slice(0, MAX_BODY);
    const requestId = response.headers.get('x-request-id');
    return { kind: 'response', status: response.status, headers: requestId ? { 'x-request-id': requestId } : {}, body };
  } catch {
    if (controller.signal.aborted) return { kind: 'no-response', reason: 'timeout' };
    return { kind: 'no-response', reason: navigator.onLine === false ? 'offline' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /v1/models` with the key: free, runs no model, returns no personal data. No organization or project header. */
export const probeModels = (key: string) => send(MODELS_URL, { Authorization: `Bearer ${key}` });

/** The same request without a key: OpenAI answers 401 "you didn't provide an API key" when it is reachable. */
export const probeWithoutKey = () => send(MODELS_URL, {});

/** Opt-in, and it costs a fraction of a cent: a one-token answer shows whether the key can spend. */
export const completeOneToken = (key: string, model: string) =>
  send(
    COMPLETIONS_URL,
    { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 }),
  );

/** Opt-in: whose key this is. The answer holds personal data; the caller keeps only organization titles. */
export const fetchMe = (key: string) => send(ME_URL, { Authorization: `Bearer ${key}` });

/** The status page: the Statuspage-compatible summary first, the native incident.io shape if that fails. */
export async function fetchStatusJson(): Promise<unknown> {
  for (const url of STATUS_URLS) {
    const outcome = await send(url, { Accept: 'application/json' });
    if (outcome.kind !== 'response' || outcome.status !== 200) continue;
    try {
      return JSON.parse(outcome.body) as unknown;
    } catch {
      // Try the other shape.
    }
  }
  return undefined;
}
