import { isModelList, looksLikeHtml, type OpenAIError, parseError, type ProbeOutcome } from './outcome';
import { VERDICT_TEXT, type KeyWorks, type VerdictKind } from './verdicts';

export interface Evidence {
  status: number | null;
  code: string | null;
  type: string | null;
  requestId: string | null;
  /** OpenAI's own message, shortened; the caller redacts the key from it. */
  message: string | null;
  /** Why there was no answer, or what kind of body came back. */
  note: string | null;
}

export interface Verdict {
  kind: VerdictKind;
  works: KeyWorks;
  title: string;
  advice: string;
  evidence: Evidence;
}

const BILLING_CODES = new Set([
  'insufficient_quota', 'credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded', 'billing_hard_limit_reached', 'billing_not_active',
]);

function kindFromError(status: number, error: OpenAIError): VerdictKind | undefined {
  const message = error.message ?? '';
  if (status === 401 && (error.code === 'invalid_api_key' || message.startsWith('Incorrect API key provided'))) return 'invalid';
  if (status === 401 && error.code === 'account_deactivated') return 'deactivated';
  if (status === 401 && error.code === 'no_organization') return 'no_organization';
  if ((status === 401 || status === 403) && /missing scopes|insufficient permissions/i.test(message)) return 'restricted';
  if ((status === 401 || status === 403) && /\bIP\b.*not (?:authori[sz]ed|allowed)/i.test(message)) return 'ip_not_allowed';
  if (status === 403 && error.code === 'unsupported_country_region_territory') return 'region_blocked';
  if (status === 429 && (error.type === 'insufficient_quota' || BILLING_CODES.has(error.code ?? ''))) return 'no_credit';
  if (status === 429) return 'rate_limited';
  return undefined;
}

function kindOf(outcome: Extract<ProbeOutcome, { kind: 'response' }>, error: OpenAIError | undefined): [VerdictKind, string | null] {
  const { status, body } = outcome;
  if (status >= 500) return ['outage', looksLikeHtml(body) ? 'an HTML error page' : null];
  if (status === 200) return isModelList(body) ? ['live', null] : ['unexpected', 'a 200 answer that is not OpenAI’s: a captive portal or proxy?'];
  if (status === 408) return ['outage', 'the request timed out at OpenAI'];
  const fromError = error ? kindFromError(status, error) : undefined;
  if (fromError) return [fromError, null];
  if (status === 429) return ['rate_limited', null];
  if (looksLikeHtml(body)) return ['unexpected', 'an HTML page, not OpenAI’s JSON: a proxy or firewall answered'];
  return ['unexpected', error ? null : 'an answer Key Doctor could not read'];
}

/**
 * One verdict from whatever came back. Says "invalid" only when OpenAI said the key is wrong;
 * network trouble, 5xx, HTML pages, timeouts and anything unreadable are "unknown" kinds, with why.
 */
export function classify(outcome: ProbeOutcome): Verdict {
  if (outcome.kind === 'no-response') {
    const note = { timeout: 'no answer in time', offline: 'this device is offline', network: 'the connection failed' }[outcome.reason];
    return { kind: 'unreachable', ...VERDICT_TEXT.unreachable, evidence: { status: null, code: null, type: null, requestId: null, message: null, note } };
  }
  const error = parseError(outcome.body);
  const [kind, note] = kindOf(outcome, error);
  const requestId = outcome.headers['x-request-id'] ?? null;
  return {
    kind,
    ...VERDICT_TEXT[kind],
    evidence: {
      status: outcome.status,
      code: error?.code ?? null,
      type: error?.type ?? null,
      requestId: requestId && /^req_[0-9a-f]{8,64}$/.test(requestId) ? requestId : null,
      message: error?.message ? error.message.slice(0, 300) : null,
      note,
    },
  };
}
