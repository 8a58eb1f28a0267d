import { OPENAI_PAGES, shown } from '../openai-pages';

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
  note: string | null;
}

export interface Verdict {
  kind: VerdictKind;
  works: KeyWorks;
  title: string;
  advice: string;
  evidence: Evidence;
}

interface VerdictText {
  works: KeyWorks;
  title: string;
  advice: string;
}

const KEYS = shown(OPENAI_PAGES.keys);
const BILLING = shown(OPENAI_PAGES.billing);

/** The words for every kind whose words do not depend on the answer; `wrong_region` is written in `region.ts`. */
export const VERDICT_TEXT: Record<Exclude<VerdictKind, 'wrong_region'>, VerdictText> = {
  live: { works: 'yes', title: 'OpenAI accepted this key.', advice: 'The key itself is valid. This does not check your credit: a key with no credit is accepted here too.' },
  invalid: { works: 'no', title: 'OpenAI rejected this key: it is wrong, revoked or deleted.', advice: `Copy it again from where you saved it, or create a new key at ${KEYS}. A key shown in the list there cannot be copied again.` },
  deactivated: { works: 'no', title: 'OpenAI says the account behind this key has been deactivated.', advice: 'No new key will help. Contact OpenAI support through help.openai.com.' },
  no_organization: { works: 'no', title: 'OpenAI says the key’s owner is not a member of any organization.', advice: 'Ask to be added to an organization again, then create a new key in it.' },
  wrong_organization: { works: 'yes', title: 'OpenAI refused the organization sent with this key: the key belongs to another organization.', advice: 'Clear the app’s Organization ID field, or set it to the organization the key was made in (org-…, on the organization settings page).' },
  wrong_project: { works: 'yes', title: 'OpenAI refused the project sent with this key: the key belongs to another project.', advice: 'Clear the app’s Project ID field, or set it to the project the key was made in (proj_…).' },
  restricted: { works: 'yes', title: 'The key is valid but restricted: it lacks a permission this check needs.', advice: `If the site needs that permission, edit the key's permissions at ${KEYS} or create an unrestricted key.` },
  ip_not_allowed: { works: 'yes', title: 'The key is valid, but OpenAI refused this network: the project allows only certain IP addresses.', advice: 'Add this network’s address to the project’s IP allowlist (changes take up to 15 minutes), or use the key from an allowed network.' },
  region_blocked: { works: 'unknown', title: 'OpenAI refused this network location: the country, region or territory is not supported.', advice: 'This says nothing about the key. The site’s own servers may still be able to use it.' },
  no_credit: { works: 'yes', title: 'The key is valid, but there is no usable credit.', advice: `Add credit or raise the spending limit at ${BILLING}. A ChatGPT Plus subscription does not pay for the API.` },
  billing_inactive: { works: 'yes', title: 'The key is valid, but billing is not active on its account.', advice: `Set up or renew billing at ${BILLING}. A ChatGPT Plus subscription does not pay for the API.` },
  rate_limited: { works: 'yes', title: 'The key is valid, but it is being rate-limited right now.', advice: 'Wait a minute and try again. Heavy use elsewhere with the same key or project counts too.' },
  outage: { works: 'unknown', title: 'OpenAI is having trouble and could not answer.', advice: 'This says nothing about your key: do not change it. Check status.openai.com and try again later.' },
  unreachable: { works: 'unknown', title: 'Key Doctor could not reach OpenAI from this network.', advice: 'This says nothing about your key. Check your connection, VPN, proxy or firewall.' },
  unexpected: { works: 'unknown', title: 'Something other than a clear answer from OpenAI came back.', advice: 'This says nothing about your key. A proxy, firewall or captive portal may be in the way; try again later.' },
};

/** OpenAI took the key: at the host asked, or at the regional host its project is pinned to. */
export const acceptedByOpenAI = (verdict: Verdict) => verdict.kind === 'live' || (verdict.kind === 'wrong_region' && verdict.works === 'yes');
