import type { MessageKey } from '../catalogs/en';
import type { DiagnosisReport, Finding, FindingCode } from '../key';
import { messageAndFix } from '../key/findings';
import { kindSaid } from '../key/kind';
import { said, type Said, type Sentences } from '../said';
import type { CallShape } from '../setup/call-shape';
import { recogniseApp } from '../setup/apps';
import { ruleForModel } from '../setup/models';
import type { AppSettings } from '../setup/readings';
import type { CreditResult } from './extras';
import { GLOBAL_HOST } from './region';
import { acceptedByOpenAI, type Verdict } from './verdicts';
import { pageView } from '../key/page-view';

export const LAYER_IDS = ['format', 'app_key', 'accepted', 'organization', 'endpoint', 'model', 'credit', 'verification'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** `not_free`: only a billable request could tell, and Key Doctor does not make one without consent. */
export const LAYER_STATES = ['passed', 'failed', 'not_checked', 'not_free'] as const;
export type LayerState = (typeof LAYER_STATES)[number];

/** A layer's name is its id's (`layer_<id>` in the catalogs). */
export interface Layer {
  id: LayerId;
  state: LayerState;
  detail: Sentences;
}

export interface LayeredVerdict {
  headline: Said;
  /** Whether a person can expect the app to work: `yes` only when every layer passed. */
  works: 'yes' | 'no' | 'unknown';
  layers: Layer[];
}

export interface LayerFacts {
  report: DiagnosisReport;
  verdict: Verdict | null;
  settings: AppSettings | undefined;
  call: CallShape;
  /** The app's model against the key's model list: findings from `judgeModel`, once there is a list. */
  modelFindings: Finding[] | null;
  credit: CreditResult | null;
  creditConsent: boolean;
}

const layer = (id: LayerId, state: LayerState, detail: Sentences): Layer => ({ id, state, detail });
const firstOf = (findings: Finding[], test: (f: Finding) => boolean) => findings.find(test);
const ORG_CODES = new Set(['organization_shape', 'project_shape', 'project_in_organization', 'organization_in_project']);
const isEndpoint = (f: Finding) => f.code.startsWith('base_url_') || f.code.startsWith('azure_');

/** What the app holds or sends instead of the key: the site removed or changed it, a mask, an older saved key. */
const APP_KEY_REASONS: Partial<Record<FindingCode, MessageKey>> = {
  site_removed_key: 'why_site_removed_key',
  value_changed: 'why_value_changed',
  saving_mask: 'why_saving_mask',
  app_sends_other_key: 'why_app_sends_other_key',
  app_sent_mask: 'why_app_sent_mask',
  app_no_key: 'why_app_no_key',
  site_refused_key: 'why_site_refused_key',
};
const appKeyProblem = (report: DiagnosisReport) => firstOf(report.findings, (f) => f.severity === 'error' && f.code in APP_KEY_REASONS);
const kindOf = (report: DiagnosisReport) => kindSaid(report.kind, report.provider);

function format({ report }: LayerFacts): Layer {
  const problem = firstOf(report.findings, (f) => f.scope !== 'setup' && f.severity === 'error' && !(f.code in APP_KEY_REASONS));
  if (problem) return layer('format', 'failed', [problem.message]);
  // A warning left in the field (a line break the site may or may not trim) is not a pass.
  const doubt = firstOf(report.findings, (f) => f.scope !== 'setup' && f.severity === 'warning');
  return doubt
    ? layer('format', 'not_checked', [said('layer_format_doubt', { doubt: doubt.message, kind: kindOf(report) })])
    : layer('format', 'passed', [said('layer_format_passed', { kind: kindOf(report) })]);
}

function appKey({ report }: Pick<LayerFacts, 'report'>): Layer {
  const problem = appKeyProblem(report);
  if (problem) return layer('app_key', 'failed', messageAndFix(problem));
  if (report.findings.some((f) => f.code === 'app_sent_this_key')) return layer('app_key', 'passed', [said('layer_app_key_sent')]);
  return layer('app_key', 'passed', [said('layer_app_key_held')]);
}

function accepted({ verdict }: LayerFacts): Layer {
  if (!verdict) return layer('accepted', 'not_checked', [said('layer_not_asked')]);
  if (verdict.kind === 'wrong_organization' || verdict.kind === 'wrong_project') return layer('accepted', 'passed', [said('layer_accepted_header_refused')]);
  if (acceptedByOpenAI(verdict) || verdict.works === 'yes') return layer('accepted', 'passed', [verdict.title]);
  return layer('accepted', verdict.works === 'no' ? 'failed' : 'not_checked', [verdict.title]);
}

function organization({ report, verdict, settings, call }: LayerFacts): Layer {
  const wrong = firstOf(report.findings, (f) => ORG_CODES.has(f.code));
  if (wrong) return layer('organization', 'failed', messageAndFix(wrong));
  if (verdict?.kind === 'wrong_organization' || verdict?.kind === 'wrong_project') {
    const field = verdict.kind === 'wrong_organization' ? settings?.organization?.label : settings?.project?.label;
    return layer('organization', 'failed', [verdict.title, ...(field ? [said('layer_organization_field_sent', { field })] : []), ...verdict.advice]);
  }
  const sent = [call.organization, call.project].filter((id): id is string => Boolean(id));
  if (sent.length === 0) return layer('organization', 'passed', [said('layer_organization_none_sent')]);
  if (verdict && acceptedByOpenAI(verdict)) return layer('organization', 'passed', [said('layer_organization_accepted', { sent })]);
  return layer('organization', 'not_checked', [said('layer_organization_not_answered', { sent })]);
}

function endpoint({ report, settings, call, verdict }: LayerFacts): Layer {
  // OpenAI said where this key's project lives, and it is not where the app calls.
  if (verdict?.kind === 'wrong_region') return layer('endpoint', verdict.works === 'yes' ? 'failed' : 'not_checked', [verdict.title, ...verdict.advice]);
  const findings = report.findings.filter(isEndpoint);
  const failed = firstOf(findings, (f) => f.severity !== 'info');
  if (failed) return layer('endpoint', failed.severity === 'error' ? 'failed' : 'not_checked', messageAndFix(failed));
  if (!settings?.baseUrl) return layer('endpoint', 'not_checked', [said('layer_endpoint_no_field')]);
  const note = firstOf(findings, () => true);
  if (note && note.code !== 'base_url_regional') return layer('endpoint', 'not_checked', [note.message]);
  if (call.host !== GLOBAL_HOST) return layer('endpoint', 'passed', [said('layer_endpoint_regional', { host: call.host })]);
  const app = recogniseApp(settings.title, settings.baseUrl.label);
  return layer('endpoint', 'passed', [app ? said('layer_endpoint_as_app_reads', { app: app.name }) : said('layer_endpoint_usual')]);
}

function model({ settings, modelFindings }: LayerFacts): Layer {
  const chosen = settings?.model?.value;
  if (!chosen) return layer('model', 'not_checked', [said('layer_model_no_field')]);
  if (!modelFindings) return layer('model', 'not_checked', [said('layer_model_list_unknown', { model: chosen })]);
  const problem = firstOf(modelFindings, (f) => f.code === 'model_unavailable' || f.code === 'model_responses_only');
  if (problem) return layer('model', 'failed', messageAndFix(problem));
  return layer('model', 'passed', [said('layer_model_listed', { model: chosen })]);
}

function credit({ credit: result, creditConsent, verdict }: LayerFacts): Layer {
  if (verdict?.kind === 'no_credit' || verdict?.kind === 'billing_inactive') return layer('credit', 'failed', [verdict.title]);
  if (result?.state === 'accepted') return layer('credit', 'passed', result.detail);
  if (result?.state === 'none') return layer('credit', 'failed', result.detail);
  if (result?.state === 'unknown') return layer('credit', 'not_checked', result.detail);
  return creditConsent ? layer('credit', 'not_checked', [said('credit_runs_after')]) : layer('credit', 'not_free', [said('layer_credit_not_free')]);
}

function verification({ settings }: LayerFacts): Layer {
  const chosen = settings?.model?.value;
  if (!chosen) return layer('verification', 'not_checked', [said('layer_verification_no_model')]);
  const rule = ruleForModel(chosen);
  if (rule?.needs === 'verification') return layer('verification', 'not_free', [said('layer_verification_may_need', { model: chosen, what: said(rule.what ?? 'model_needs_to_use') })]);
  return layer('verification', 'passed', [said('layer_verification_not_known', { model: chosen })]);
}

const APP_LAYERS: readonly LayerId[] = ['organization', 'endpoint', 'model'];

const NO_PAYMENT = new Set(['no_credit', 'billing_inactive']);
/** Layers by name, in a list inside a sentence. */
const named = (layers: readonly Layer[]) => layers.map((l) => said(`layer_in_${l.id}`));

function headline(layers: Layer[], facts: Pick<LayerFacts, 'report' | 'verdict' | 'settings'>): Pick<LayeredVerdict, 'headline' | 'works'> {
  const { verdict } = facts;
  const byId = new Map(layers.map((l) => [l.id, l]));
  const inApp = appKeyProblem(facts.report);
  const why = inApp && APP_KEY_REASONS[inApp.code];
  if (why && verdict && acceptedByOpenAI(verdict)) return { headline: said('headline_accepted_but', { why: said(why) }), works: 'no' };
  if (why && !verdict) return { headline: said('headline_wont_reach', { why: said(why) }), works: 'no' };
  if (byId.get('format')?.state === 'failed') return { headline: said('headline_wont_work_as_pasted'), works: 'no' };
  if (!verdict) return { headline: said('headline_format_only'), works: 'unknown' };
  if (verdict.works !== 'yes') return { headline: verdict.title, works: verdict.works };
  const failedInApp = layers.filter((l) => l.state === 'failed' && APP_LAYERS.includes(l.id));
  if (failedInApp.length) return { headline: said('headline_app_will_fail', { layers: named(failedInApp) }), works: 'no' };
  // A valid key with something else in the way: a restriction, an IP allowlist, a rate limit, no credit.
  if (!acceptedByOpenAI(verdict)) return { headline: verdict.title, works: NO_PAYMENT.has(verdict.kind) ? 'no' : 'unknown' };
  if (byId.get('credit')?.state === 'failed') return { headline: said('headline_no_credit'), works: 'no' };
  const failed = layers.filter((l) => l.state === 'failed');
  if (failed.length) return { headline: said('headline_requests_fail', { layers: named(failed) }), works: 'no' };
  const readAnything = Boolean(facts.settings && Object.keys(facts.settings).some((k) => k !== 'title'));
  if (!readAnything) return { headline: said('headline_key_only'), works: 'unknown' };
  const open = layers.filter((l) => l.state !== 'passed');
  if (open.length === 0) return { headline: said('headline_works'), works: 'yes' };
  const appOpen = open.some((l) => APP_LAYERS.includes(l.id));
  return { headline: said(appOpen ? 'headline_not_all_checked' : 'headline_not_free', { layers: named(open) }), works: 'unknown' };
}

/** What the app's own error on the page says fails, by the layer it is about (src/core/page-evidence). */
const PAGE_SAYS: Partial<Record<FindingCode, LayerId>> = {
  app_quota: 'credit', app_model_access: 'model', app_verification: 'verification', app_regional_host: 'endpoint', app_organization: 'organization', app_project: 'organization',
};

/** A layer the app's own error is about fails, whatever Key Doctor could check of it: the app met the failure. */
function withPageSays(layers: Layer[], report: DiagnosisReport): Layer[] {
  return layers.map((l) => {
    const pageSaid = firstOf(report.findings, (f) => PAGE_SAYS[f.code] === l.id);
    return pageSaid ? layer(l.id, 'failed', messageAndFix(pageSaid)) : l;
  });
}

/** One line per layer, and a headline that never says "works" while a layer failed or was not checked. */
export function buildLayers(given: LayerFacts): LayeredVerdict {
  // The layered verdict goes to the page's card: it never depends on what only the popup may say.
  const facts = { ...given, report: pageView(given.report) };
  const layers = withPageSays([format(facts), appKey(facts), accepted(facts), organization(facts), endpoint(facts), model(facts), credit(facts), verification(facts)], facts.report);
  return { ...headline(layers, facts), layers };
}

/**
 * The same layered verdict after the report changed — the page showed an error about the key — with
 * the layers that error is about, and the headline, weighed again.
 */
export function withReport(layered: LayeredVerdict, given: Pick<LayerFacts, 'report' | 'verdict' | 'settings'>): LayeredVerdict {
  const facts = { ...given, report: pageView(given.report) };
  const layers = withPageSays(layered.layers.map((l) => (l.id === 'app_key' ? appKey(facts) : l)), facts.report);
  return { ...headline(layers, facts), layers };
}
