import { said } from '../core/said';
import { ORGANIZATION_ID, PROJECT_ID } from '../core/setup/readings';
import { type CallShape, PLAIN_CALL } from '../core/setup/call-shape';
import type { StatusReading } from '../core/status/parse';
import type { ProbeOutcome } from '../core/verify/outcome';
import { API_HOSTS, type ApiHost, GLOBAL_HOST } from '../core/verify/region';

/**
 * The only network targets: OpenAI's API hosts on the constant allow-list and its status page.
 * No URL, method or header ever comes from a message; a host is used only if it is on the list.
 */
const apiUrl = (host: ApiHost, path: '/v1/models' | '/v1/chat/completions' | '/v1/me') => {
  if (!API_HOSTS.includes(host)) throw new Error('not an OpenAI API host');
  return `https://${host}${path}`;
};
const STATUS_PROXY_URL = 'https://status.openai.com/proxy/status.openai.com';
const STATUS_SUMMARY_URL = 'https://status.openai.com/api/v2/summary.json';
const TIMEOUT_MS = 10_000;
/** A model list is some tens of kB; the status page's proxy answer a few hundred. More is not an answer to read. */
const MAX_API_BODY = 512_000;
const MAX_STATUS_BODY = 1_000_000;

/** Reads at most `limit` characters of a body, and stops the download there. */
async function readBounded(response: Response, limit: number): Promise<{ body: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { body: '', truncated: false };
  const decoder = new TextDecoder();
  let body = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { body: body + decoder.decode(), truncated: false };
    body += decoder.decode(value, { stream: true });
    if (body.length > limit) {
      await reader.cancel().catch(() => undefined);
      return { body: body.slice(0, limit), truncated: true };
    }
  }
}

/** The one place that calls fetch. Never throws: no answer is an outcome too. */
async function send(url: string, headers: Record<string, string>, limit: number, payload?: string): Promise<ProbeOutcome> {
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
    const { body, truncated } = await readBounded(response, limit);
    const requestId = response.headers.get('x-request-id')?.slice(0, 200);
    return { kind: 'response', status: response.status, headers: requestId ? { 'x-request-id': requestId } : {}, body, truncated };
  } catch {
    if (controller.signal.aborted) return { kind: 'no-response', reason: 'timeout' };
    return { kind: 'no-response', reason: navigator.onLine === false ? 'offline' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The key in `Authorization`, and — only when the app sends them — its organization and project ids,
 * each again checked against its strict shape: the only header values ever taken from a page.
 */
function keyHeaders(key: string, { organization, project }: CallShape): Record<string, string> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
  if (organization && ORGANIZATION_ID.test(organization)) headers['OpenAI-Organization'] = organization;
  if (project && PROJECT_ID.test(project)) headers['OpenAI-Project'] = project;
  return headers;
}

/** `GET /v1/models` with the key, as the app will call: free, runs no model, returns no personal data. */
export const probeModels = (key: string, call: CallShape = PLAIN_CALL) =>
  send(apiUrl(call.host, '/v1/models'), keyHeaders(key, call), MAX_API_BODY);

/** The same request without a key: OpenAI answers 401 "missing bearer authentication" when it is reachable. */
export const probeWithoutKey = () => send(apiUrl(GLOBAL_HOST, '/v1/models'), {}, MAX_API_BODY);

/** Opt-in, and it costs a fraction of a cent: a one-token answer shows whether the key can make requests. */
export const completeOneToken = (key: string, model: string, call: CallShape = PLAIN_CALL) =>
  send(
    apiUrl(call.host, '/v1/chat/completions'),
    { ...keyHeaders(key, call), 'Content-Type': 'application/json' },
    MAX_API_BODY,
    JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], max_completion_tokens: 1 }),
  );

/** Opt-in: whose key this is. The answer holds personal data; the caller keeps only organization titles. */
export const fetchMe = (key: string, host: ApiHost = GLOBAL_HOST) => send(apiUrl(host, '/v1/me'), { Authorization: `Bearer ${key}` }, MAX_API_BODY);

async function readStatus(url: string): Promise<StatusReading> {
  const outcome = await send(url, { Accept: 'application/json' }, MAX_STATUS_BODY);
  if (outcome.kind === 'no-response') return { problem: said(outcome.reason === 'timeout' ? 'note_timeout' : 'status_no_connection') };
  if (outcome.status !== 200) return { problem: said('evidence_http', { status: String(outcome.status) }) };
  if (outcome.truncated) return { problem: said('note_too_large') };
  try {
    return { json: JSON.parse(outcome.body) as unknown };
  } catch {
    return { problem: said('status_not_json') };
  }
}

/**
 * The status page, both endpoints at once: incident.io's own, which alone lists incidents, and the
 * Statuspage-compatible summary, for the components' states when the other cannot be read.
 */
export const fetchStatus = () => Promise.all([readStatus(STATUS_PROXY_URL), readStatus(STATUS_SUMMARY_URL)]);
