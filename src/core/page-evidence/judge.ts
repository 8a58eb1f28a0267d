import { timeAgo, type SiteMemory } from '../hints/site-memory';
import type { Hint } from '../hints/hint';
import { type DiagnosisReport, type Finding, type FindingCode, withFindings } from '../key';
import { make } from '../key/findings';
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

const shownEcho = (echo: EchoedKey) => `${echo.head}…${echo.last4}${echo.length ? `, ${echo.length} characters` : ''}`;

/** Whose key an echo is, among those Key Doctor knows of: a hint's label, or the key pasted on this site before. */
/** Whose the echoed key is, as far as this same site may be told: the key pasted here before. */
function whoseEcho(echo: EchoedKey, { site, now }: EvidenceFacts): string {
  const before = site?.previous && maskParts(site.previous.mask, null);
  if (site?.previous && before && echoFits(echo, before)) return ` — the key you pasted on this site ${timeAgo(now - site.previous.at)}`;
  return '';
}

/** Which of the person's hints the echoed key is: for the popup only (see core/key/page-view.ts). */
function echoIsHint(echo: EchoedKey | null, { hints }: EvidenceFacts): Finding | undefined {
  const hint = echo && !echo.sentMask && hints.find((h) => echoFits(echo, { head: h.prefix, last4: h.last4, length: h.length }));
  return hint ? make('echo_is_hint', 'info', 'setup', `The key the app sends is your key “${hint.label}”.`) : undefined;
}

const CLEAR = 'Save the settings again with the key you pasted, or clear this site’s stored data: Key Doctor’s toolbar popup can look for the saved key.';

function invalidKey(facts: EvidenceFacts, echo: EchoedKey | null, quote: string): Finding {
  const { pasted, verdict } = facts;
  if (!echo) return make('app_sent_this_key', 'warning', 'setup', `The app got ${quote} from OpenAI.`, 'Check which key the app sends: save the settings again with the key you pasted.');
  if (echo.sentMask) {
    return make('app_sent_mask', 'error', 'setup', `The app sent a masked placeholder (${echo.head}…${echo.last4}) to OpenAI, not your key: it saved or kept the mask.`, 'Clear the key field, paste your whole key and save; do not save the form again while it shows the key masked.');
  }
  const parts = pasted && maskParts(pasted.mask, pasted.length);
  if (!parts || !echoFits(echo, parts)) {
    return make('app_sends_other_key', 'error', 'setup', `The app is still sending a different key (${shownEcho(echo)}${whoseEcho(echo, facts)}), not the one you pasted (${pasted?.mask ?? 'none'}). It probably saved the old one.`, CLEAR);
  }
  return verdict && acceptedByOpenAI(verdict)
    ? make('app_sent_this_key', 'error', 'setup', `The app sent this key and got ${quote}, yet OpenAI accepts the key when Key Doctor asks: the app calls another address or changes the key on the way.`, 'Check the app’s base URL and any proxy in between.')
    : make('app_sent_this_key', 'error', 'setup', 'The app sent this key, and OpenAI told it the key is wrong.', 'Create a new key at platform.openai.com/api-keys.');
}

/**
 * What an error the app itself shows says, next to the key just pasted: an echo of another key means
 * the app still sends an old one; other errors point at the layer of the verdict they are about.
 */
export function judgeEvidence(facts: EvidenceFacts): Finding[] {
  const { evidence, verdict } = facts;
  const quote = `“${evidence.quote}”`;
  switch (evidence.signal) {
    case 'invalid_key':
      return [invalidKey(facts, evidence.echo, quote), echoIsHint(evidence.echo, facts)].filter((f): f is Finding => f !== undefined);
    case 'no_key':
      return [make('app_no_key', 'error', 'setup', `The app sent no key at all (${quote}).`, 'Save the settings after pasting the key; the app may need a reload to use it.')];
    case 'quota':
      return [make('app_quota', 'error', 'setup', `The app got ${quote}: the key’s account has no usable credit.`, 'Add credit at platform.openai.com/settings/organization/billing/overview.')];
    case 'model_access':
      return [make('app_model_access', 'error', 'setup', `The app got ${quote}: the model it asks for is not open to this key’s project.`, 'Choose another model in the app, or allow it in the project’s settings.')];
    case 'verification':
      return [make('app_verification', 'error', 'setup', `The app got ${quote}: the model needs a verified organization.`, 'Verify the organization at platform.openai.com/settings/organization/general, or choose another model.')];
    case 'regional_host':
      return [make('app_regional_host', 'error', 'setup', `The app got ${quote}: it calls a host that is not the one this key’s project lives at.`, 'Set the app’s base URL to the host OpenAI names.')];
    case 'organization':
      return [make('app_organization', 'error', 'setup', `The app got ${quote}: the organization id it sends is not this key’s.`, 'Clear the app’s organization field, or set it to the key’s organization.')];
    case 'project':
      return [make('app_project', 'error', 'setup', `The app got ${quote}: the project id it sends is not this key’s.`, 'Clear the app’s project field, or set it to the key’s project.')];
    case 'site_refused':
      return verdict && acceptedByOpenAI(verdict)
        ? [make('site_refused_key', 'error', 'setup', `The site says ${quote}, but OpenAI accepts this key: the key is fine, the site’s own check is out of date.`, 'Tell the site’s support that current OpenAI keys are longer (up to 164 characters, starting with sk-proj-).')]
        : [make('site_refused_key', 'warning', 'setup', `The site says ${quote}${/[.!?]”$/.test(quote) ? '' : '.'}`, verdict ? undefined : 'Key Doctor asks OpenAI whether the key itself is fine.')];
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
