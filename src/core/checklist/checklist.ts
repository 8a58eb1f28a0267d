import type { DiagnosisReport } from '../key';
import { messageAndFix } from '../key/findings';
import { kindSaid } from '../key/kind';
import { type SavedKey, type SavedKeyScan, savedKeySaid } from '../page-evidence/saved-keys';
import { said, type Said, type Sentences } from '../said';
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

/** A step's name is its id's (`step_<id>` in the catalogs). */
export interface ChecklistStep {
  id: StepId;
  state: StepState;
  reason: Sentences;
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
  network: { reachable: boolean; detail: Said } | null;
  /** Whether this page is one Key Doctor may act on (not a browser page). */
  siteActions: boolean;
  /** How many key hints are saved. */
  hintCount: number;
  /** The layered verdict: the key together with the app's settings beside it, when there is one. */
  layers: LayeredVerdict | null;
  /** What "Look for a saved key on this site" found, once the person asked. */
  savedKeys: SavedKeyScan | null;
}

const step = (id: StepId, state: StepState, reason: Sentences, actions: ActionId[] = []): ChecklistStep => ({ id, state, reason, actions });

function clean({ report }: ChecklistFacts): ChecklistStep {
  if (!report) return step('clean', 'not_checked', [said('step_clean_no_key')]);
  // The app's settings and what the site did with the key have steps of their own.
  const problems = report.findings.filter((f) => f.severity !== 'info' && f.scope !== 'setup');
  const worst = problems[0];
  if (!worst) return step('clean', 'passed', [said('step_clean_passed', { kind: kindSaid(report.kind, report.provider), mask: report.mask })]);
  return step('clean', report.worst === 'error' ? 'failed' : 'unknown', messageAndFix(worst), ['open_keys_page']);
}

function sameKey({ report, hintCount }: ChecklistFacts): ChecklistStep {
  const changed = report?.findings.find((f) => f.code === 'site_key_changed');
  // A different key than last time on this site may be on purpose: worth a look, not a failure.
  if (changed && !report?.findings.some((f) => f.code === 'hint_none')) return step('same_key', 'unknown', messageAndFix(changed));
  if (hintCount === 0) return step('same_key', 'not_checked', [said('step_same_key_no_hints')], ['open_settings']);
  const found = report?.findings.find((f) => f.code === 'hint_match' || f.code === 'hint_none');
  if (!found) return step('same_key', 'not_checked', [said('step_same_key_not_compared')]);
  return found.code === 'hint_match' ? step('same_key', 'passed', [found.message]) : step('same_key', 'failed', messageAndFix(found), ['open_settings']);
}

const KEY_GONE = new Set(['invalid', 'deactivated', 'no_organization']);

function exists({ verdict }: ChecklistFacts): ChecklistStep {
  if (!verdict) return step('exists', 'not_checked', [said('layer_not_asked')], ['open_settings']);
  if (verdict.works === 'yes') return step('exists', 'passed', [verdict.title]);
  return step('exists', KEY_GONE.has(verdict.kind) ? 'failed' : 'unknown', [verdict.title, ...verdict.advice], KEY_GONE.has(verdict.kind) ? ['open_keys_page'] : []);
}

function credit(facts: ChecklistFacts): ChecklistStep {
  const plus = said('v_plus_not_api');
  if (facts.verdict?.kind === 'billing_inactive') return step('credit', 'failed', [facts.verdict.title, plus], ['open_billing']);
  if (facts.verdict?.kind === 'no_credit' || facts.credit === 'none') return step('credit', 'failed', [said('step_credit_none'), plus], ['open_billing']);
  if (facts.credit === 'accepted') return step('credit', 'passed', [said('step_credit_accepted'), said('credit_free_allowance')]);
  if (facts.credit === 'unknown') return step('credit', 'unknown', [said('step_credit_unclear')], ['open_billing']);
  const why = facts.creditConsent ? said('credit_runs_after') : said('step_credit_off');
  return step('credit', 'not_checked', [why, plus], facts.creditConsent ? ['open_billing'] : ['open_settings', 'open_billing']);
}

function openaiUp({ status, verdict }: ChecklistFacts): ChecklistStep {
  const wait = said('step_openai_wait');
  if (verdict?.kind === 'outage') return step('openai_up', 'failed', [verdict.title, wait], ['open_status_page']);
  if (status === 'off') return step('openai_up', 'not_checked', [said('step_openai_status_off')], ['open_status_page']);
  if (status === null) return step('openai_up', 'not_checked', [said('step_openai_reading')]);
  const others = othersLine(status) ?? [];
  const api = apiLine(status);
  if (status.level === 'unknown') return step('openai_up', 'unknown', api ?? [said('step_openai_unreadable')], ['open_status_page']);
  if (!api) {
    const incidentsUnread = status.incidents === null ? [said('step_openai_incidents_unread')] : [];
    return step('openai_up', 'passed', [said('step_openai_no_problems'), ...incidentsUnread, said('step_openai_green_page'), ...others], others.length ? ['open_status_page'] : []);
  }
  return step('openai_up', 'failed', [...api, wait], ['open_status_page']);
}

function network({ network: reach, verdict }: ChecklistFacts): ChecklistStep {
  if (reach?.reachable) return step('network', 'passed', [said('step_network_answered')]);
  if (reach) return step('network', 'failed', [said('step_network_failed', { detail: reach.detail })], ['test_network']);
  if (verdict && verdict.kind !== 'unreachable' && verdict.kind !== 'unexpected') return step('network', 'passed', [said('step_network_answered_check')]);
  return step('network', 'not_checked', [said('step_network_test')], ['test_network']);
}

const described = (keys: readonly SavedKey[]) => keys.map((k) => savedKeySaid(k));

/** Whether the site still uses a key it saved: from an error the app showed, or from its storage when the person looked. */
function staleCache({ report, savedKeys, siteActions }: ChecklistFacts): ChecklistStep {
  const actions: ActionId[] = siteActions ? ['find_saved_key', 'clear_site_cache', 'clear_site_data'] : [];
  // What the person asked to look at just now comes before what the page showed earlier.
  if (savedKeys) {
    const { found, partial } = savedKeys;
    const masks = found.filter((k) => k.match.kind === 'mask');
    const older = found.filter((k) => k.match.kind !== 'mask' && k.match.kind !== 'pasted' && (report !== null || k.match.kind === 'unknown'));
    const fix = said('step_stale_fix');
    if (masks.length) return step('stale_cache', 'failed', [said('step_stale_masks', { keys: described(masks) }), fix], actions);
    if (older.length && report) return step('stale_cache', 'failed', [said('step_stale_older', { keys: described(older) }), fix], actions);
    if (found.length) {
      return report
        ? step('stale_cache', 'passed', [said('step_stale_only_pasted', { keys: described(found) })], actions)
        : step('stale_cache', 'unknown', [said('step_stale_found_no_paste', { keys: described(found) })], actions);
    }
    return partial ? step('stale_cache', 'unknown', [said('step_stale_none_partial')], actions) : step('stale_cache', 'passed', [said('step_stale_none')], actions);
  }
  const other = report?.findings.find((f) => f.code === 'app_sends_other_key' || f.code === 'app_sent_mask');
  if (other) return step('stale_cache', 'failed', messageAndFix(other), actions);
  if (report?.findings.some((f) => f.code === 'app_sent_this_key')) return step('stale_cache', 'passed', [said('step_stale_app_sends_pasted')], actions);
  return step('stale_cache', 'not_checked', [said('step_stale_can_look')], actions);
}

const FROM_LAYER: Record<LayerState, StepState> = { passed: 'passed', failed: 'failed', not_checked: 'not_checked', not_free: 'not_checked' };

/** A step about the app's setup, read off its layer of the layered verdict. */
function appStep(facts: ChecklistFacts, id: 'endpoint' | 'organization' | 'model', actions: ActionId[]): ChecklistStep {
  const found = facts.layers?.layers.find((l) => l.id === id);
  if (!found) return step(id, 'not_checked', [said('step_app_paste_first')]);
  return step(id, FROM_LAYER[found.state], found.detail, found.state === 'passed' ? [] : actions);
}

/** The published troubleshooting steps, each made into something Key Doctor checks or does. */
export function buildChecklist(facts: ChecklistFacts): ChecklistStep[] {
  return [
    clean(facts),
    sameKey(facts),
    exists(facts),
    appStep(facts, 'endpoint', []),
    appStep(facts, 'organization', ['open_organization', 'open_projects']),
    appStep(facts, 'model', ['open_projects']),
    credit(facts),
    openaiUp(facts),
    network(facts),
    staleCache(facts),
    step('retry', 'not_checked', [said('step_retry_reason')], facts.siteActions ? ['reload_tab'] : []),
    step('stuck', 'not_checked', [said('step_stuck_reason')], ['open_help']),
  ];
}
