import type { DiagnosisReport } from '../key';
import { list } from '../key/findings';
import { type SavedKey, type SavedKeyScan, whereFound, whoseFound } from '../page-evidence/saved-keys';
import { apiLine, othersLine } from '../status/describe';
import type { StatusSummary } from '../status/parse';
import type { Verdict } from '../verify/verdicts';
import type { CreditResult } from '../verify/extras';
import type { LayeredVerdict, LayerState } from '../verify/layers';

export type StepState = 'passed' | 'failed' | 'unknown' | 'not_checked';

export type ActionId =
  | 'open_keys_page'
  | 'open_billing'
  | 'open_status_page'
  | 'open_settings'
  | 'test_network'
  | 'clear_site_cache'
  | 'clear_site_data'
  | 'reload_tab'
  | 'open_help'
  | 'open_projects'
  | 'open_organization'
  | 'find_saved_key';

export type StepId =
  | 'clean' | 'same_key' | 'exists' | 'endpoint' | 'organization' | 'model' | 'credit' | 'openai_up' | 'network' | 'stale_cache' | 'retry'
  | 'stuck';

export interface ChecklistStep {
  id: StepId;
  title: string;
  state: StepState;
  reason: string;
  actions: ActionId[];
}

/** Everything the popup knows about the tab, as plain data. */
export interface ChecklistFacts {
  report: DiagnosisReport | null;
  verdict: Verdict | null;
  credit: CreditResult['state'] | null;
  creditConsent: boolean;
  /** 'off' when status checks are switched off; null while unknown. */
  status: StatusSummary | 'off' | null;
  network: { reachable: boolean; detail: string } | null;
  /** Whether this page is one Key Doctor may act on (not a browser page). */
  siteActions: boolean;
  /** How many key hints are saved. */
  hintCount: number;
  /** The layered verdict: the key together with the app's settings beside it, when there is one. */
  layers: LayeredVerdict | null;
  /** What "Look for a saved key on this site" found, once the person asked. */
  savedKeys: SavedKeyScan | null;
}

const step = (id: StepId, title: string, state: StepState, reason: string, actions: ActionId[] = []): ChecklistStep => ({ id, title, state, reason, actions });

function clean({ report }: ChecklistFacts): ChecklistStep {
  const title = 'The key is complete and clean';
  if (!report) return step('clean', title, 'not_checked', 'Paste your key into the site’s key field and open Key Doctor again.');
  // The app's settings and what the site did with the key have steps of their own.
  const problems = report.findings.filter((f) => f.severity !== 'info' && f.scope !== 'setup');
  if (problems.length === 0) return step('clean', title, 'passed', `It looks like a complete ${report.kindLabel}: ${report.mask}.`);
  const worst = problems[0];
  const state: StepState = report.worst === 'error' ? 'failed' : 'unknown';
  return step('clean', title, state, `${worst?.message ?? ''}${worst?.fix ? ` ${worst.fix}` : ''}`, ['open_keys_page']);
}

function sameKey({ report, hintCount }: ChecklistFacts): ChecklistStep {
  const title = 'The same key everywhere';
  const changed = report?.findings.find((f) => f.code === 'site_key_changed');
  // A different key than last time on this site may be on purpose: worth a look, not a failure.
  if (changed && !report?.findings.some((f) => f.code === 'hint_none')) return step('same_key', title, 'unknown', `${changed.message} ${changed.fix ?? ''}`.trim());
  if (hintCount === 0) {
    return step('same_key', title, 'not_checked', 'Save your keys as hints in the settings, and Key Doctor tells you which one was pasted.', ['open_settings']);
  }
  const found = report?.findings.find((f) => f.code === 'hint_match' || f.code === 'hint_none');
  if (!found) return step('same_key', title, 'not_checked', 'No key pasted here was compared with your hints yet.');
  return found.code === 'hint_match'
    ? step('same_key', title, 'passed', found.message)
    : step('same_key', title, 'failed', `${found.message} ${found.fix ?? ''}`.trim(), ['open_settings']);
}

const KEY_GONE = new Set(['invalid', 'deactivated', 'no_organization']);

function exists({ verdict }: ChecklistFacts): ChecklistStep {
  const title = 'The key still exists';
  if (!verdict) return step('exists', title, 'not_checked', 'Key Doctor has not asked OpenAI about this key.', ['open_settings']);
  if (verdict.works === 'yes') return step('exists', title, 'passed', verdict.title);
  if (KEY_GONE.has(verdict.kind)) return step('exists', title, 'failed', `${verdict.title} ${verdict.advice}`, ['open_keys_page']);
  return step('exists', title, 'unknown', `${verdict.title} ${verdict.advice}`);
}

function credit(facts: ChecklistFacts): ChecklistStep {
  const title = 'There is credit to spend';
  const plus = 'A ChatGPT Plus subscription does not pay for the API.';
  if (facts.verdict?.kind === 'billing_inactive') return step('credit', title, 'failed', `${facts.verdict.title} ${plus}`, ['open_billing']);
  if (facts.verdict?.kind === 'no_credit' || facts.credit === 'none') {
    return step('credit', title, 'failed', `OpenAI says there is no usable credit. ${plus}`, ['open_billing']);
  }
  if (facts.credit === 'accepted') {
    return step('credit', title, 'passed', 'OpenAI accepted a one-token request: this key can make requests now. A new account’s free allowance passes this test too, so it does not prove paid credit.');
  }
  if (facts.credit === 'unknown') return step('credit', title, 'unknown', 'The credit check got no clear answer.', ['open_billing']);
  const why = facts.creditConsent ? 'The credit check runs once OpenAI accepts the key.' : 'The credit check is off: it costs a fraction of a cent, so it needs your consent in the settings.';
  return step('credit', title, 'not_checked', `${why} ${plus}`, facts.creditConsent ? ['open_billing'] : ['open_settings', 'open_billing']);
}

function openaiUp({ status, verdict }: ChecklistFacts): ChecklistStep {
  const title = 'OpenAI is up';
  const wait = 'Wait and try again later; changing keys will not help.';
  if (verdict?.kind === 'outage') return step('openai_up', title, 'failed', `${verdict.title} ${wait}`, ['open_status_page']);
  if (status === 'off') return step('openai_up', title, 'not_checked', 'Status checks are off in the settings.', ['open_status_page']);
  if (status === null) return step('openai_up', title, 'not_checked', 'Reading OpenAI’s status page…');
  const others = othersLine(status);
  const api = apiLine(status);
  if (status.level === 'unknown') return step('openai_up', title, 'unknown', api ?? 'OpenAI’s status page could not be read.', ['open_status_page']);
  if (!api) {
    const incidentsUnread = status.incidents === null ? ' Its incident list could not be read.' : '';
    const reason = `The status page reports no problems with the API.${incidentsUnread} (A green page does not prove every request works.)`;
    return step('openai_up', title, 'passed', others ? `${reason} ${others}` : reason, others ? ['open_status_page'] : []);
  }
  return step('openai_up', title, 'failed', `${api} ${wait}`, ['open_status_page']);
}

function network({ network: reach, verdict }: ChecklistFacts): ChecklistStep {
  const title = 'This network reaches OpenAI';
  if (reach?.reachable) return step('network', title, 'passed', 'OpenAI answered from this network.');
  if (reach) {
    return step('network', title, 'failed', `OpenAI could not be reached (${reach.detail}). Check a VPN, proxy or firewall; in some countries OpenAI is not available.`, ['test_network']);
  }
  if (verdict && verdict.kind !== 'unreachable' && verdict.kind !== 'unexpected') return step('network', title, 'passed', 'OpenAI answered the key check from this network.');
  return step('network', title, 'not_checked', 'Test the connection without sending any key.', ['test_network']);
}

const described = (keys: readonly SavedKey[]) => list(keys.map((k) => `${whoseFound(k.match)} (${k.mask}) in ${whereFound(k)}`));

/** Whether the site still uses a key it saved: from an error the app showed, or from its storage when the person looked. */
function staleCache({ report, savedKeys, siteActions }: ChecklistFacts): ChecklistStep {
  const title = 'The site is not using an old key it saved';
  const actions: ActionId[] = siteActions ? ['find_saved_key', 'clear_site_cache', 'clear_site_data'] : [];
  // What the person asked to look at just now comes before what the page showed earlier.
  if (savedKeys) {
    const { found, partial } = savedKeys;
    const masks = found.filter((k) => k.match.kind === 'mask');
    const older = found.filter((k) => k.match.kind !== 'mask' && k.match.kind !== 'pasted' && (report !== null || k.match.kind === 'unknown'));
    const fix = 'Clear that entry, or this site’s stored data, then reload the page and paste your key again.';
    if (masks.length) return step('stale_cache', title, 'failed', `This site saved ${described(masks)}: the app would send the mask. ${fix}`, actions);
    if (older.length && report) return step('stale_cache', title, 'failed', `This site keeps ${described(older)}, not only the key you pasted. ${fix}`, actions);
    if (found.length) {
      return report
        ? step('stale_cache', title, 'passed', `This site saved ${described(found)}, and no other key.`, actions)
        : step('stale_cache', title, 'unknown', `This site saved ${described(found)}. Paste the key you want to use, and Key Doctor compares.`, actions);
    }
    return partial
      ? step('stale_cache', title, 'unknown', 'No saved OpenAI key in what Key Doctor could read of this site’s storage, but it could not read all of it.', actions)
      : step('stale_cache', title, 'passed', 'No OpenAI key is saved in this site’s browser storage (local, session, IndexedDB). A key the site keeps on its server cannot be seen from here.', actions);
  }
  const other = report?.findings.find((f) => f.code === 'app_sends_other_key' || f.code === 'app_sent_mask');
  if (other) return step('stale_cache', title, 'failed', `${other.message} ${other.fix ?? ''}`.trim(), actions);
  if (report?.findings.some((f) => f.code === 'app_sent_this_key')) return step('stale_cache', title, 'passed', 'The app’s own error message shows it sends the key you pasted.', actions);
  return step('stale_cache', title, 'not_checked', 'Sites often keep the key you entered first. Key Doctor can look for it in what this site stored in your browser.', actions);
}

const FROM_LAYER: Record<LayerState, StepState> = { passed: 'passed', failed: 'failed', not_checked: 'not_checked', not_free: 'not_checked' };

/** A step about the app's setup, read off its layer of the layered verdict. */
function appStep(facts: ChecklistFacts, id: 'endpoint' | 'organization' | 'model', title: string, actions: ActionId[]): ChecklistStep {
  const found = facts.layers?.layers.find((l) => l.id === id);
  if (!found) return step(id, title, 'not_checked', 'Paste the key into the app’s key field: Key Doctor reads the app’s settings beside it.');
  return step(id, title, FROM_LAYER[found.state], found.detail, found.state === 'passed' ? [] : actions);
}

/** The published troubleshooting steps, each made into something Key Doctor checks or does. */
export function buildChecklist(facts: ChecklistFacts): ChecklistStep[] {
  return [
    clean(facts),
    sameKey(facts),
    exists(facts),
    appStep(facts, 'endpoint', 'The app calls the right address', []),
    appStep(facts, 'organization', 'The organization and project fit the key', ['open_organization', 'open_projects']),
    appStep(facts, 'model', 'The key can use the app’s model', ['open_projects']),
    credit(facts),
    openaiUp(facts),
    network(facts),
    staleCache(facts),
    step('retry', 'Retry', 'not_checked', 'After changing the key or clearing the site’s data, reload the page and try again.', facts.siteActions ? ['reload_tab'] : []),
    step('stuck', 'Still stuck', 'not_checked', 'OpenAI’s help center answers key and billing questions.', ['open_help']),
  ];
}
