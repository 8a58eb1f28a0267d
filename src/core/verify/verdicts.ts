import { OPENAI_PAGES, shown } from '../openai-pages';
import { said, type Said, type Sentences } from '../said';

export const VERDICT_KINDS = [
  'live', 'invalid', 'deactivated', 'no_organization', 'wrong_organization', 'wrong_project', 'restricted', 'ip_not_allowed',
  'wrong_region', 'region_blocked',
  'no_credit', 'billing_inactive', 'rate_limited', 'outage', 'unreachable', 'unexpected',
] as const;

export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** Whether the key itself works, as far as OpenAI said. "unknown" whenever OpenAI did not say. */
export type KeyWorks = 'yes' | 'no' | 'unknown';

export interface Evidence {
  /** The host that was asked. */
  host: string;
  status: number | null;
  code: string | null;
  type: string | null;
  /** `x-request-id`: `req_` + hex, or a UUID; null when absent or not shaped like one. */
  requestId: string | null;
  /** OpenAI's own message, shortened; the caller redacts the key from it. */
  message: string | null;
  /** Why there was no answer, or what kind of body came back. */
  note: Said | null;
}

export interface Verdict {
  kind: VerdictKind;
  works: KeyWorks;
  title: Said;
  advice: Sentences;
  evidence: Evidence;
}

const KEYS = { page: shown(OPENAI_PAGES.keys) };
const BILLING = { page: shown(OPENAI_PAGES.billing) };

/** Whether the key works, and the words, for every kind whose words do not depend on the answer; `wrong_region` is said in `region.ts`. */
export const VERDICT_TEXT: Record<Exclude<VerdictKind, 'wrong_region'>, Pick<Verdict, 'works' | 'title' | 'advice'>> = {
  live: { works: 'yes', title: said('v_live'), advice: [said('v_live_advice')] },
  invalid: { works: 'no', title: said('v_invalid'), advice: [said('v_invalid_advice', KEYS)] },
  deactivated: { works: 'no', title: said('v_deactivated'), advice: [said('v_deactivated_advice')] },
  no_organization: { works: 'no', title: said('v_no_organization'), advice: [said('v_no_organization_advice')] },
  wrong_organization: { works: 'yes', title: said('v_wrong_organization'), advice: [said('v_wrong_organization_advice')] },
  wrong_project: { works: 'yes', title: said('v_wrong_project'), advice: [said('v_wrong_project_advice')] },
  restricted: { works: 'yes', title: said('v_restricted'), advice: [said('v_restricted_advice', KEYS)] },
  ip_not_allowed: { works: 'yes', title: said('v_ip_not_allowed'), advice: [said('v_ip_not_allowed_advice')] },
  region_blocked: { works: 'unknown', title: said('v_region_blocked'), advice: [said('v_region_blocked_advice')] },
  no_credit: { works: 'yes', title: said('v_no_credit'), advice: [said('v_no_credit_advice', BILLING), said('v_plus_not_api')] },
  billing_inactive: { works: 'yes', title: said('v_billing_inactive'), advice: [said('v_billing_inactive_advice', BILLING), said('v_plus_not_api')] },
  rate_limited: { works: 'yes', title: said('v_rate_limited'), advice: [said('v_rate_limited_advice')] },
  outage: { works: 'unknown', title: said('v_outage'), advice: [said('v_outage_advice')] },
  unreachable: { works: 'unknown', title: said('v_unreachable'), advice: [said('v_unreachable_advice')] },
  unexpected: { works: 'unknown', title: said('v_unexpected'), advice: [said('v_unexpected_advice')] },
};

/** A verdict's title by its kind alone, as a history of checks shows it. */
export const verdictTitle = (kind: VerdictKind): Said => (kind === 'wrong_region' ? said('v_region_pending') : VERDICT_TEXT[kind].title);

/** OpenAI took the key: at the host asked, or at the regional host its project is pinned to. */
export const acceptedByOpenAI = (verdict: Verdict) => verdict.kind === 'live' || (verdict.kind === 'wrong_region' && verdict.works === 'yes');
