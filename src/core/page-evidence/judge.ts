import type { MessageKey } from '../catalogs/en';
import type { SiteMemory } from '../hints/site-memory';
import { type Hint, hintName } from '../hints/hint';
import { type DiagnosisReport, type Finding, type FindingCode, withFindings } from '../key';
import { make } from '../key/findings';
import { OPENAI_PAGES, shown } from '../openai-pages';
import { said, type SaidValue } from '../said';
import { acceptedByOpenAI, type Verdict } from '../verify/verdicts';
import { echoFits, type EchoedKey, type PageEvidence } from './page-text';

export interface EvidenceFacts {
  evidence: PageEvidence;
  /** The key checked on this tab, as its report shows it (mask and length); null when there is none. */
  pasted: Pick<DiagnosisReport, 'mask' | 'length'> | null;
  hints: readonly Hint[];
  /** What Key Doctor remembers of the keys pasted on this site. */
  site: SiteMemory | undefined;
  /** What OpenAI said about the pasted key, once it was asked. */
  verdict: Verdict | null;
  now: number;
}

/** The visible start and the last four of a mask (`sk-proj-AbCd…wxyz`); null for a short string's mask. */
export function maskParts(mask: string, length: number | null): EchoedKey | null {
  const match = /^([^…]*)…([A-Za-z0-9_-]{4})$/.exec(mask);
  return match ? { head: match[1] ?? '', last4: match[2] ?? '', length } : null;
}

const shownEcho = (echo: EchoedKey): SaidValue => {
  const mask = `${echo.head}…${echo.last4}`;
  return echo.length ? said('ev_echo_length', { count: echo.length, mask }) : mask;
};

/** When the echoed key was pasted on this same site before, if it was: as far as this site may be told whose it is. */
function pastedHereAgo(echo: EchoedKey, { site, now }: EvidenceFacts): number | null {
  const before = site?.previous && maskParts(site.previous.mask, null);
  return site?.previous && before && echoFits(echo, before) ? now - site.previous.at : null;
}

/** Which of the person's hints the echoed key is: for the popup only (see core/key/page-view.ts). */
function echoIsHint(echo: EchoedKey | null, { hints }: EvidenceFacts): Finding | undefined {
  const hint = echo && !echo.sentMask && hints.find((h) => echoFits(echo, { head: h.prefix, last4: h.last4, length: h.length }));
  return hint ? make('echo_is_hint', 'info', 'setup', said('ev_echo_is_hint', { label: hintName(hint) })) : undefined;
}

function invalidKey(facts: EvidenceFacts, echo: EchoedKey | null, quote: string): Finding {
  const { pasted, verdict } = facts;
  if (!echo) return make('app_sent_this_key', 'warning', 'setup', said('ev_app_got', { quote }), said('ev_app_got_fix'));
  if (echo.sentMask) return make('app_sent_mask', 'error', 'setup', said('ev_app_sent_mask', { mask: `${echo.head}…${echo.last4}` }), said('ev_app_sent_mask_fix'));
  const parts = pasted && maskParts(pasted.mask, pasted.length);
  if (!parts || !echoFits(echo, parts)) {
    const values = { echo: shownEcho(echo), pasted: pasted?.mask ?? '—' };
    const ago = pastedHereAgo(echo, facts);
    const message = ago === null ? said('ev_app_sends_other_key', values) : said('ev_app_sends_key_pasted_here', { ...values, when: { ago } });
    return make('app_sends_other_key', 'error', 'setup', message, said('ev_clear_saved_key'));
  }
  return verdict && acceptedByOpenAI(verdict)
    ? make('app_sent_this_key', 'error', 'setup', said('ev_app_sent_accepted_key', { quote }), said('ev_app_sent_accepted_key_fix'))
    : make('app_sent_this_key', 'error', 'setup', said('ev_app_sent_wrong_key'), said('ev_app_sent_wrong_key_fix', { page: shown(OPENAI_PAGES.keys) }));
}

/** The app got one of these errors: what it means, and what to do. */
const APP_ERRORS = {
  no_key: ['app_no_key', 'ev_no_key', 'ev_no_key_fix'],
  quota: ['app_quota', 'ev_quota', 'ev_quota_fix'],
  model_access: ['app_model_access', 'ev_model_access', 'ev_model_access_fix'],
  verification: ['app_verification', 'ev_verification', 'ev_verification_fix'],
  regional_host: ['app_regional_host', 'ev_regional_host', 'ev_regional_host_fix'],
  organization: ['app_organization', 'ev_organization', 'ev_organization_fix'],
  project: ['app_project', 'ev_project', 'ev_project_fix'],
} as const satisfies Record<string, readonly [FindingCode, MessageKey, MessageKey]>;

const PAGES = { quota: OPENAI_PAGES.billing, verification: OPENAI_PAGES.organization } as const;

/**
 * What an error the app itself shows says, next to the key just pasted: an echo of another key means
 * the app still sends an old one; other errors point at the layer of the verdict they are about.
 */
export function judgeEvidence(facts: EvidenceFacts): Finding[] {
  const { evidence, verdict } = facts;
  const quote = evidence.quote;
  switch (evidence.signal) {
    case 'invalid_key':
      return [invalidKey(facts, evidence.echo, quote), echoIsHint(evidence.echo, facts)].filter((f): f is Finding => f !== undefined);
    case 'site_refused':
      return verdict && acceptedByOpenAI(verdict)
        ? [make('site_refused_key', 'error', 'setup', said('ev_site_refused_accepted', { quote }), said('ev_site_refused_accepted_fix'))]
        : [make('site_refused_key', 'warning', 'setup', said('ev_site_refused', { quote }), verdict ? undefined : said('ev_site_refused_fix'))];
    default: {
      const [code, message, fix] = APP_ERRORS[evidence.signal];
      const page = evidence.signal === 'quota' || evidence.signal === 'verification' ? shown(PAGES[evidence.signal]) : null;
      return [make(code, 'error', 'setup', said(message, { quote }), page === null ? said(fix) : said(fix, { page }))];
    }
  }
}

/** Findings that come from what the page showed, replaced whenever it shows something new. */
const PAGE_EVIDENCE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'app_sends_other_key', 'echo_is_hint', 'app_sent_this_key', 'app_sent_mask', 'app_no_key', 'app_quota', 'app_model_access', 'app_verification',
  'app_regional_host', 'app_organization', 'app_project', 'site_refused_key',
]);
const SITE_ACTIONS: ReadonlySet<FindingCode> = new Set<FindingCode>(['site_removed_key', 'value_changed']);

/** The report with the page's evidence in it: after what the site did with the paste, before the rest. */
export function withPageEvidence(report: DiagnosisReport, evidence: readonly Finding[]): DiagnosisReport {
  const kept = report.findings.filter((f) => !PAGE_EVIDENCE_CODES.has(f.code));
  const ordered = [...kept.filter((f) => SITE_ACTIONS.has(f.code)), ...evidence, ...kept.filter((f) => !SITE_ACTIONS.has(f.code))];
  return withFindings({ candidate: '', report }, ordered).report;
}
