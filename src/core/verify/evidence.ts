import { said, type Said, type SaidValue } from '../said';
import type { Evidence, Verdict } from './verdicts';
import { GLOBAL_HOST } from './region';

/** "HTTP 401 · invalid_api_key · request ID 6f11…", with the host when it is not the global one: the parts, in order. */
export function evidenceFacts({ host, status, code, note, requestId }: Evidence): SaidValue[] {
  return [
    host && host !== GLOBAL_HOST ? host : null,
    status === null ? null : said('evidence_http', { status: String(status) }),
    code,
    note,
    requestId ? said('evidence_request_id', { id: requestId }) : null,
  ].filter((part) => part !== null && part !== '') as SaidValue[];
}

/** What a person can paste into a message to OpenAI's support or the app's, line by line: never more of the key than its mask. */
export function supportText(verdict: Verdict, keyMask: string, at: Date): Said[] {
  const { host, status, code, type, requestId, message, note } = verdict.evidence;
  return [
    said('support_verdict', { title: verdict.title }),
    keyMask ? said('support_key', { mask: keyMask }) : null,
    said('support_asked', { at: at.toISOString(), url: `https://${host}/v1/models` }),
    status === null ? said('support_no_answer', { why: note ?? said('support_unknown') }) : said('support_status', { status: String(status) }),
    code ? said('support_code', { code }) : null,
    type ? said('support_type', { type }) : null,
    requestId ? said('support_request_id', { id: requestId }) : said('support_no_request_id'),
    message ? said('support_openai_said', { message }) : null,
  ].filter((line): line is Said => line !== null);
}
