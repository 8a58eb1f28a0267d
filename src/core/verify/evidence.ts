import type { Evidence, Verdict } from './verdicts';
import { GLOBAL_HOST } from './region';

/** "HTTP 401 · invalid_api_key · request ID 6f11…", with the host when it is not the global one. */
export function evidenceFacts({ host, status, code, note, requestId }: Evidence): string {
  return [
    host && host !== GLOBAL_HOST ? host : null,
    status === null ? null : `HTTP ${status}`,
    code,
    note,
    requestId ? `request ID ${requestId}` : null,
  ].filter(Boolean).join(' · ');
}

/** What a person can paste into a message to OpenAI's support or the app's: never more of the key than its mask. */
export function supportText(verdict: Verdict, keyMask: string, at: Date): string {
  const { host, status, code, type, requestId, message, note } = verdict.evidence;
  return [
    `Key Doctor: ${verdict.title}`,
    keyMask ? `Key: ${keyMask}` : null,
    `Asked: GET https://${host}/v1/models at ${at.toISOString()}`,
    status === null ? `No answer: ${note ?? 'unknown'}` : `HTTP status: ${status}`,
    code ? `Code: ${code}` : null,
    type ? `Type: ${type}` : null,
    `Request ID: ${requestId ?? 'none sent'}`,
    message ? `OpenAI said: ${message}` : null,
  ].filter(Boolean).join('\n');
}
