import { isRequestId } from '../key/identifiers';
import { isModelList, looksLikeHtml, type OpenAIError, parseError, type ProbeOutcome } from './outcome';
import { GLOBAL_HOST } from './region';
import { said, type Said } from '../said';
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

function kindOf(outcome: Extract<ProbeOutcome, { kind: 'response' }>, error: OpenAIError | undefined): [VerdictKind, Said | null] {
  const { status, body } = outcome;
  if (outcome.truncated) return status >= 500 ? ['outage', said('note_too_large')] : ['unexpected', said('note_too_large')];
  if (status >= 500) return ['outage', looksLikeHtml(body) ? said('note_html_error') : null];
  if (status === 200) return isModelList(body) ? ['live', null] : ['unexpected', said('note_not_openai_200')];
  if (status === 408) return ['outage', said('note_timed_out_at_openai')];
  const fromError = error ? kindFromError(status, error) : undefined;
  if (fromError) return [fromError, null];
  if (status === 429) return ['rate_limited', null];
  if (looksLikeHtml(body)) return ['unexpected', said('note_html_page')];
  return ['unexpected', error ? null : said('note_unreadable')];
}

/** Fixed words for every kind; `wrong_region` gets its words from `regionalVerdict` once the host is known. */
function wordsFor(kind: VerdictKind) {
  if (kind !== 'wrong_region') return VERDICT_TEXT[kind];
  return { works: 'unknown' as const, title: said('v_region_pending'), advice: [said('v_region_pending_advice')] };
}

/**
 * One verdict from whatever came back from `host`. Says "invalid" only when OpenAI said the key is
 * wrong; network trouble, 5xx, HTML pages, timeouts and anything unreadable are "unknown" kinds, with why.
 */
export function classifyAnswer(outcome: ProbeOutcome, host: string = GLOBAL_HOST): Verdict {
  if (outcome.kind === 'no-response') {
    const note = said(`note_${outcome.reason}`);
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

