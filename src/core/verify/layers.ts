import type { DiagnosisReport, Finding, FindingCode } from '../key';
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

export interface Layer {
  id: LayerId;
  title: string;
  state: LayerState;
  detail: string;
}

export interface LayeredVerdict {
  headline: string;
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

const TITLES: Record<LayerId, string> = {
  format: 'Key format',
  app_key: 'Key in the app',
  accepted: 'OpenAI accepts the key',
  organization: 'Organization and project',
  endpoint: 'Endpoint (base URL)',
  model: 'Model',
  credit: 'Credit',
  verification: 'Organization verification',
};

const layer = (id: LayerId, state: LayerState, detail: string): Layer => ({ id, title: TITLES[id], state, detail });
const firstOf = (findings: Finding[], test: (f: Finding) => boolean) => findings.find(test);
const ORG_CODES = new Set(['organization_shape', 'project_shape', 'project_in_organization', 'organization_in_project']);
const isEndpoint = (f: Finding) => f.code.startsWith('base_url_') || f.code.startsWith('azure_');

/** What the app holds or sends instead of the key: the site removed or changed it, a mask, an older saved key. */
const APP_KEY_REASONS: Partial<Record<FindingCode, string>> = {
  site_removed_key: 'the site removed it from the field: its own key check is out of date.',
  value_changed: 'the site changed it in the field.',
  saving_mask: 'the field holds a masked placeholder, not the key.',
  app_sends_other_key: 'the app is still sending a different, older key.',
  app_sent_mask: 'the app sends a masked placeholder, not the key.',
  app_no_key: 'the app sends no key at all.',
  site_refused_key: 'the site’s own check refuses it, and that check is out of date.',
};
const appKeyProblem = (report: DiagnosisReport) => firstOf(report.findings, (f) => f.severity === 'error' && f.code in APP_KEY_REASONS);

function format({ report }: LayerFacts): Layer {
  const problem = firstOf(report.findings, (f) => f.scope !== 'setup' && f.severity === 'error' && !(f.code in APP_KEY_REASONS));
  if (problem) return layer('format', 'failed', problem.message);
  // A warning left in the field (a line break the site may or may not trim) is not a pass.
  const doubt = firstOf(report.findings, (f) => f.scope !== 'setup' && f.severity === 'warning');
  return doubt ? layer('format', 'not_checked', `A complete ${report.kindLabel}, but: ${doubt.message}`) : layer('format', 'passed', `A complete ${report.kindLabel}.`);
}

function appKey({ report }: Pick<LayerFacts, 'report'>): Layer {
  const problem = appKeyProblem(report);
  if (problem) return layer('app_key', 'failed', `${problem.message} ${problem.fix ?? ''}`.trim());
  if (report.findings.some((f) => f.code === 'app_sent_this_key')) return layer('app_key', 'passed', 'The app’s own error shows it sends this key.');
  return layer('app_key', 'passed', 'The field holds the key Key Doctor checked.');
}

function accepted({ verdict }: LayerFacts): Layer {
  if (!verdict) return layer('accepted', 'not_checked', 'Key Doctor has not asked OpenAI about this key.');
  if (verdict.kind === 'wrong_organization' || verdict.kind === 'wrong_project') {
    return layer('accepted', 'passed', 'The key itself is valid: OpenAI refused only the organization or project sent with it.');
  }
  if (acceptedByOpenAI(verdict) || verdict.works === 'yes') return layer('accepted', 'passed', verdict.title);
  return layer('accepted', verdict.works === 'no' ? 'failed' : 'not_checked', verdict.title);
}

function organization({ report, verdict, settings, call }: LayerFacts): Layer {
  const wrong = firstOf(report.findings, (f) => ORG_CODES.has(f.code));
  if (wrong) return layer('organization', 'failed', `${wrong.message} ${wrong.fix ?? ''}`.trim());
  if (verdict?.kind === 'wrong_organization' || verdict?.kind === 'wrong_project') {
    const field = verdict.kind === 'wrong_organization' ? settings?.organization?.label : settings?.project?.label;
    return layer('organization', 'failed', `${verdict.title}${field ? ` The app’s “${field}” field is what it sends.` : ''} ${verdict.advice}`);
  }
  const sent = [call.organization, call.project].filter(Boolean).join(' and ');
  if (!sent) return layer('organization', 'passed', 'The app sends no organization or project: OpenAI uses the key’s own.');
  if (verdict && acceptedByOpenAI(verdict)) return layer('organization', 'passed', `OpenAI accepted the key with ${sent}, as the app sends them.`);
  return layer('organization', 'not_checked', `The app sends ${sent}; OpenAI has not answered with them yet.`);
}

function endpoint({ report, settings, call, verdict }: LayerFacts): Layer {
  // OpenAI said where this key's project lives, and it is not where the app calls.
  if (verdict?.kind === 'wrong_region') return layer('endpoint', verdict.works === 'yes' ? 'failed' : 'not_checked', `${verdict.title} ${verdict.advice}`);
  const findings = report.findings.filter(isEndpoint);
  const failed = firstOf(findings, (f) => f.severity !== 'info');
  if (failed) return layer('endpoint', failed.severity === 'error' ? 'failed' : 'not_checked', `${failed.message} ${failed.fix ?? ''}`.trim());
  if (!settings?.baseUrl) return layer('endpoint', 'not_checked', 'Key Doctor found no base-URL field beside the key field; the app may use OpenAI’s own address.');
  const note = firstOf(findings, () => true);
  if (note && note.code !== 'base_url_regional') return layer('endpoint', 'not_checked', note.message);
  if (call.host !== GLOBAL_HOST) return layer('endpoint', 'passed', `The base URL is OpenAI’s regional host ${call.host}; Key Doctor asked there.`);
  const app = recogniseApp(settings.title, settings.baseUrl.label);
  return layer('endpoint', 'passed', app ? `The base URL is OpenAI’s, written the way ${app.name} reads it.` : 'The base URL is OpenAI’s, in the form most apps want.');
}

function model({ settings, modelFindings }: LayerFacts): Layer {
  const chosen = settings?.model?.value;
  if (!chosen) return layer('model', 'not_checked', 'Key Doctor found no model setting beside the key field.');
  if (!modelFindings) return layer('model', 'not_checked', `The app uses ${chosen}; the key’s model list is not known yet.`);
  const problem = firstOf(modelFindings, (f) => f.code === 'model_unavailable' || f.code === 'model_responses_only');
  if (problem) return layer('model', 'failed', `${problem.message} ${problem.fix ?? ''}`.trim());
  return layer('model', 'passed', `OpenAI lists ${chosen} for this key.`);
}

function credit({ credit: result, creditConsent, verdict }: LayerFacts): Layer {
  if (verdict?.kind === 'no_credit' || verdict?.kind === 'billing_inactive') return layer('credit', 'failed', verdict.title);
  if (result?.state === 'accepted') return layer('credit', 'passed', result.detail);
  if (result?.state === 'none') return layer('credit', 'failed', result.detail);
  if (result?.state === 'unknown') return layer('credit', 'not_checked', result.detail);
  return creditConsent
    ? layer('credit', 'not_checked', 'The credit check runs once OpenAI accepts the key.')
    : layer('credit', 'not_free', 'Only a billable request shows credit (a fraction of a cent): switch on the credit check in the settings to run one.');
}

function verification({ settings }: LayerFacts): Layer {
  const chosen = settings?.model?.value;
  if (!chosen) return layer('verification', 'not_checked', 'It depends on the model, and Key Doctor found no model setting.');
  const rule = ruleForModel(chosen);
  if (rule?.needs === 'verification') return layer('verification', 'not_free', `${chosen} may need a verified organization ${rule.what ?? ''}; only a billable request with it could tell.`);
  return layer('verification', 'passed', `${chosen} is not among the models known to need a verified organization.`);
}

const APP_LAYERS: readonly LayerId[] = ['organization', 'endpoint', 'model'];

const NO_PAYMENT = new Set(['no_credit', 'billing_inactive']);
/** A layer's title inside a sentence: "endpoint (base URL)", "OpenAI accepts the key". */
const inSentence = (title: string) => (/^[A-Z][a-z]/.test(title) && !title.startsWith('OpenAI') ? title[0]?.toLowerCase() + title.slice(1) : title);

function headline(layers: Layer[], facts: Pick<LayerFacts, 'report' | 'verdict' | 'settings'>): Pick<LayeredVerdict, 'headline' | 'works'> {
  const { verdict } = facts;
  const byId = new Map(layers.map((l) => [l.id, l]));
  const inApp = appKeyProblem(facts.report);
  const why = inApp && APP_KEY_REASONS[inApp.code];
  if (why && verdict && acceptedByOpenAI(verdict)) return { headline: `OpenAI accepts this key, but ${why}`, works: 'no' };
  if (why && !verdict) return { headline: `This key won’t reach OpenAI as it should: ${why}`, works: 'no' };
  if (byId.get('format')?.state === 'failed') return { headline: 'This key won’t work as pasted.', works: 'no' };
  if (!verdict) return { headline: 'Only the key’s format was checked: OpenAI was not asked.', works: 'unknown' };
  if (verdict.works !== 'yes') return { headline: verdict.title, works: verdict.works };
  const failedInApp = layers.filter((l) => l.state === 'failed' && APP_LAYERS.includes(l.id));
  if (failedInApp.length) {
    return { headline: `OpenAI accepts this key, but this app will fail as it is set up: ${failedInApp.map((l) => inSentence(l.title)).join(', ')}.`, works: 'no' };
  }
  // A valid key with something else in the way: a restriction, an IP allowlist, a rate limit, no credit.
  if (!acceptedByOpenAI(verdict)) return { headline: verdict.title, works: NO_PAYMENT.has(verdict.kind) ? 'no' : 'unknown' };
  if (byId.get('credit')?.state === 'failed') return { headline: 'OpenAI accepts this key, but its account has no usable credit: the app’s requests will fail.', works: 'no' };
  const failed = layers.filter((l) => l.state === 'failed');
  if (failed.length) return { headline: `OpenAI accepts this key, but the app’s requests fail: ${failed.map((l) => inSentence(l.title)).join(', ')}.`, works: 'no' };
  const readAnything = Boolean(facts.settings && Object.keys(facts.settings).some((k) => k !== 'title'));
  if (!readAnything) return { headline: 'OpenAI accepted this key. Only the key was checked: Key Doctor could not read this app’s settings.', works: 'unknown' };
  const open = layers.filter((l) => l.state !== 'passed');
  if (open.length === 0) return { headline: 'This key works with this app as it is set up.', works: 'yes' };
  const appOpen = open.filter((l) => APP_LAYERS.includes(l.id));
  const what = open.map((l) => inSentence(l.title)).join(', ');
  return {
    headline: appOpen.length
      ? `OpenAI accepted this key; nothing read from the app is wrong, but not everything could be checked: ${what}.`
      : `OpenAI accepted this key and the app’s settings fit it. Not checked for free: ${what}.`,
    works: 'unknown',
  };
}

/** What the app's own error on the page says fails, by the layer it is about (src/core/page-evidence). */
const PAGE_SAYS: Partial<Record<FindingCode, LayerId>> = {
  app_quota: 'credit', app_model_access: 'model', app_verification: 'verification', app_regional_host: 'endpoint', app_organization: 'organization', app_project: 'organization',
};

/** A layer the app's own error is about fails, whatever Key Doctor could check of it: the app met the failure. */
function withPageSays(layers: Layer[], report: DiagnosisReport): Layer[] {
  return layers.map((l) => {
    const said = firstOf(report.findings, (f) => PAGE_SAYS[f.code] === l.id);
    return said ? layer(l.id, 'failed', `${said.message} ${said.fix ?? ''}`.trim()) : l;
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
