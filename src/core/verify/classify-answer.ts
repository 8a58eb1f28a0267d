import { isRequestId } from '../key/identifiers';
import { isModelList, looksLikeHtml, type OpenAIError, parseError, type ProbeOutcome } from './outcome';
import { GLOBAL_HOST } from './region';
import { type Verdict, VERDICT_TEXT, type VerdictKind } from './verdicts';

const BILLING_CODES = new Set([
  'insufficient_quota', 'credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded', 'billing_hard_limit_reached',
]);

function kindFromError(status: number, error: OpenAIError): VerdictKind | undefined {
  const message = error.message ?? '';
  if (status === 401 && (error.code === 'invalid_api_key' || message.startsWith('Incorrect API key provided'))) return 'invalid';
  if (status === 401 && error.code === 'account_deactivated') return 'deactivated';
  if (status === 401 && error.code === 'no_organization') return 'no_organization';
  // Only when an OpenAI-Organization / OpenAI-Project header went with the key: it is the header that is wrong.
  if ((status === 401 || status === 400) && (error.code === 'mismatched_organization' || message.startsWith('No such organization'))) return 'wrong_organization';
  if (status === 401 && error.code === 'mismatched_project') return 'wrong_project';
  if (status === 401 && (error.code === 'incorrect_hostname' || /incorrect regional hostname|only accessible by projects with geography restrictions/i.test(message))) {
    return 'wrong_region';
  }
  if ((status === 401 || status === 403) && /missing scopes|insufficient permissions/i.test(message)) return 'restricted';
  if ((status === 401 || status === 403) && (error.code === 'ip_not_authorized' || /\bIP\b.*not (?:authori[sz]ed|allowed)/i.test(message))) {
    return 'ip_not_allowed';
  }
  if (status === 403 && error.code === 'unsupported_country_region_territory') return 'region_blocked';
  if (status === 429 && (error.type === 'billing_not_active' || error.code === 'billing_not_active')) return 'billing_inactive';
  if (status === 429 && (error.type === 'insufficient_quota' || BILLING_CODES.has(error.code ?? ''))) return 'no_credit';
  if (status === 429) return 'rate_limited';
  return undefined;
}

function kindOf(outcome: Extract<ProbeOutcome, { kind: 'response' }>, error: OpenAIError | undefined): [VerdictKind, string | null] {
  const { status, body } = outcome;
  if (outcome.truncated) return status >= 500 ? ['outage', 'an answer too large to read'] : ['unexpected', 'an answer too large to read'];
  if (status >= 500) return ['outage', looksLikeHtml(body) ? 'an HTML error page' : null];
  if (status === 200) return isModelList(body) ? ['live', null] : ['unexpected', 'a 200 answer that is not OpenAI’s: a captive portal or proxy?'];
  if (status === 408) return ['outage', 'the request timed out at OpenAI'];
  const fromError = error ? kindFromError(status, error) : undefined;
  if (fromError) return [fromError, null];
  if (status === 429) return ['rate_limited', null];
  if (looksLikeHtml(body)) return ['unexpected', 'an HTML page, not OpenAI’s JSON: a proxy or firewall answered'];
  return ['unexpected', error ? null : 'an answer Key Doctor could not read'];
}

/** Fixed words for every kind; `wrong_region` gets its words from `regionalVerdict` once the host is known. */
function wordsFor(kind: VerdictKind) {
  if (kind !== 'wrong_region') return VERDICT_TEXT[kind];
  return { works: 'unknown' as const, title: 'OpenAI says this key must be used at another host.', advice: 'Its project is pinned to a region.' };
}

/**
 * One verdict from whatever came back from `host`. Says "invalid" only when OpenAI said the key is
 * wrong; network trouble, 5xx, HTML pages, timeouts and anything unreadable are "unknown" kinds, with why.
 */
export function classifyAnswer(outcome: ProbeOutcome, host: string = GLOBAL_HOST): Verdict {
  if (outcome.kind === 'no-response') {
    const note = { timeout: 'no answer in time', offline: 'this device is offline', network: 'the connection failed' }[outcome.reason];
    return { kind: 'unreachable', ...VERDICT_TEXT.unreachable, evidence: { host, status: null, code: null, type: null, requestId: null, message: null, note } };
  }
  const error = outcome.truncated ? undefined : parseError(outcome.body);
  const [kind, note] = kindOf(outcome, error);
  const requestId = outcome.headers['x-request-id'] ?? '';
  return {
    kind,
    ...wordsFor(kind),
    evidence: {
      host,
      status: outcome.status,
      code: error?.code?.slice(0, 100) ?? null,
      type: error?.type?.slice(0, 100) ?? null,
      requestId: isRequestId(requestId) ? requestId : null,
      message: error?.message ? error.message.slice(0, 300) : null,
      note,
    },
  };
}

