import { OPENAI_STYLE_KINDS, type KeyKind } from '../key/classify-key';
import type { MessageKey } from '../catalogs/en';
import { type Finding, make } from '../key/findings';
import { providerWords } from '../key/kind';
import { said, type SaidValue } from '../said';
import { OPENAI, type Provider, providerOfHost } from '../key/providers';
import { API_HOSTS, GLOBAL_HOST } from '../verify/region';
import { type BaseUrlRule, type KnownApp, recogniseApp } from './apps';
import { ORGANIZATION_ID, PROJECT_ID, type AppSettings, type SettingReading } from './readings';
import { parseHttpUrl } from './url';

/** What the judge weighs: the key, the field it went into, and the app's settings beside it. */
export interface SetupFacts {
  keyKind: KeyKind;
  /** The other provider whose key this is, when it is one. */
  keyProvider: Provider | undefined;
  /** The provider the key field's own label names, if any. */
  fieldProvider: string | null;
  settings: AppSettings | undefined;
}

const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
const AZURE_ID = 'azure';
/** A setting's field as people see it: its label, or the usual name of such a field. */
const fieldOf = (reading: SettingReading, fallback: MessageKey): SaidValue => reading.label || said(fallback);

/** The base URL's path, as apps compose on it: nothing, `/v1`, `/v1/v1`, the full endpoint, or something else. */
type PathShape = 'none' | 'v1' | 'v1_doubled' | 'endpoint' | 'other';

function pathShape(path: string): PathShape {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return 'none';
  if (/\/v1\/v1(?:\/|$)/.test(trimmed) || /\/chat\/completions\/.*chat\/completions$/.test(trimmed)) return 'v1_doubled';
  if (trimmed.endsWith('/chat/completions')) return 'endpoint';
  if (trimmed.endsWith('/v1')) return 'v1';
  return 'other';
}

const EXPECTED: Record<BaseUrlRule, MessageKey> = {
  host: 'setup_expect_host',
  v1: 'setup_expect_v1',
  endpoint: 'setup_expect_endpoint',
  host_or_v1: 'setup_expect_host_or_v1',
};

function pathFindings(shape: PathShape, app: KnownApp | undefined, field: SaidValue): Finding[] {
  const rule = app?.baseUrl;
  if (shape === 'v1_doubled') {
    const wants = rule && app ? said('setup_app_wants', { app: app.name, expected: said(EXPECTED[rule]) }) : '';
    return [make('base_url_v1_doubled', 'error', 'setup', said('setup_v1_doubled'), said('setup_v1_doubled_fix', { field, wants }))];
  }
  if (!rule || !app) {
    if (shape === 'endpoint') return [make('base_url_full_endpoint', 'warning', 'setup', said('setup_maybe_full_endpoint'), said('setup_maybe_full_endpoint_fix', { field }))];
    if (shape === 'none') return [make('base_url_unknown_app', 'info', 'setup', said('setup_unknown_app'), said('setup_unknown_app_fix', { field }))];
    return [];
  }
  const values = { app: app.name, field };
  const setTo = (expected: BaseUrlRule) => said('setup_set_field_to', { expected: said(EXPECTED[expected]), field });
  if (rule === 'v1' && shape === 'none') return [make('base_url_v1_missing', 'error', 'setup', said('setup_v1_missing', values), setTo('v1'))];
  if ((rule === 'v1' || rule === 'host_or_v1') && shape === 'endpoint') return [make('base_url_full_endpoint', 'error', 'setup', said('setup_full_endpoint', values), setTo('v1'))];
  if (rule === 'host' && (shape === 'v1' || shape === 'endpoint')) return [make('base_url_v1_extra', 'error', 'setup', said('setup_v1_extra', values), setTo('host'))];
  if (rule === 'endpoint' && shape !== 'endpoint') return [make('base_url_endpoint_wanted', 'error', 'setup', said('setup_endpoint_wanted', values), setTo('endpoint'))];
  return [];
}

const UNREADABLE: Record<NonNullable<SettingReading['problem']>, MessageKey> = {
  too_long: 'setup_url_too_long', credentials: 'setup_url_credentials', not_http: 'setup_url_not_http', not_a_url: 'setup_url_not_a_url', shape: 'setup_url_not_a_url', secret: 'setup_url_not_a_url',
};

function baseUrlFindings(reading: SettingReading, facts: SetupFacts, app: KnownApp | undefined): Finding[] {
  const field = fieldOf(reading, 'setup_field_base_url');
  const found: Finding[] = [];
  if (reading.spaces) found.push(make('base_url_spaces', 'error', 'setup', said('setup_url_spaces'), said('setup_url_spaces_fix', { field })));
  if (reading.problem === 'secret') return [make('setting_holds_key', 'error', 'setup', said('setup_url_holds_key', { field }), said('setup_url_holds_key_fix'))];
  if (reading.problem) return [...found, make('base_url_unreadable', 'error', 'setup', said(UNREADABLE[reading.problem]), said('setup_url_unreadable_fix', { field }))];
  const value = reading.value ?? '';
  if (value.startsWith('/')) return [...found, make('base_url_relative', 'info', 'setup', said('setup_url_relative', { path: value.slice(0, 60) }))];
  const bare = !/^https?:\/\//i.test(value);
  if (bare && app?.baseUrl !== 'host') {
    found.push(make('base_url_no_scheme', app ? 'error' : 'warning', 'setup', said('setup_url_no_scheme'), said('setup_url_no_scheme_fix', { field })));
  }
  const url = parseHttpUrl(bare ? `https://${value}` : value);
  if (!url) return found;
  const host = url.host;
  const hostProvider = providerOfHost(host);
  const openaiKey = OPENAI_STYLE_KINDS.has(facts.keyKind);
  if (openaiKey && hostProvider && hostProvider !== OPENAI) {
    found.push(make('base_url_other_provider', 'error', 'setup', said('setup_url_other_provider', { host, provider: hostProvider.name }), said('setup_url_other_provider_fix', { field, provider: hostProvider.name })));
  }
  if (hostProvider === OPENAI && facts.keyProvider && (facts.keyKind === 'other_provider' || facts.keyKind === 'relay')) {
    found.push(make('base_url_openai_other_key', 'error', 'setup', said('setup_url_openai_other_key', { host, provider: providerWords(facts.keyProvider) }), said('setup_url_openai_other_key_fix', { field })));
  }
  if (openaiKey && !hostProvider && !LOCAL.test(host)) found.push(make('base_url_relay', 'info', 'setup', said('setup_url_relay', { host })));
  if (url.scheme === 'http' && !LOCAL.test(host)) found.push(make('base_url_http', 'warning', 'setup', said('setup_url_http'), said('setup_url_http_fix', { field })));
  if ((API_HOSTS as readonly string[]).includes(host) && host !== GLOBAL_HOST) found.push(make('base_url_regional', 'info', 'setup', said('setup_url_regional', { host })));
  // How the path must look depends on the app, and only matters for OpenAI-style addresses.
  if (hostProvider === OPENAI || !hostProvider) found.push(...pathFindings(pathShape(url.path), app, field));
  return found;
}

function idFindings(settings: AppSettings): Finding[] {
  const found: Finding[] = [];
  const { organization, project } = settings;
  if (organization?.problem === 'secret') found.push(make('setting_holds_key', 'error', 'setup', said('setup_id_holds_key', { field: fieldOf(organization, 'setup_field_organization') }), said('setup_organization_holds_key_fix')));
  if (project?.problem === 'secret') found.push(make('setting_holds_key', 'error', 'setup', said('setup_id_holds_key', { field: fieldOf(project, 'setup_field_project') }), said('setup_project_holds_key_fix')));
  if (organization?.value && PROJECT_ID.test(organization.value)) {
    found.push(make('project_in_organization', 'error', 'setup', said('setup_project_in_organization'), said('setup_project_in_organization_fix', { field: fieldOf(organization, 'setup_field_organization') })));
  } else if (organization?.problem === 'shape') {
    found.push(make('organization_shape', 'error', 'setup', said('setup_organization_shape'), said('setup_organization_shape_fix', { field: fieldOf(organization, 'setup_field_organization') })));
  }
  if (project?.value && ORGANIZATION_ID.test(project.value)) {
    found.push(make('organization_in_project', 'error', 'setup', said('setup_organization_in_project'), said('setup_organization_in_project_fix', { field: fieldOf(project, 'setup_field_project') })));
  } else if (project?.problem === 'shape') {
    found.push(make('project_shape', 'error', 'setup', said('setup_project_shape'), said('setup_project_shape_fix', { field: fieldOf(project, 'setup_field_project') })));
  }
  return found;
}

const KNOWN_MODEL = /^(?:gpt-|o\d|chatgpt-|text-embedding-|dall-e|whisper|tts-)/;

function azureFindings(facts: SetupFacts): Finding[] {
  const { settings } = facts;
  const baseHost = parseHttpUrl(settings?.baseUrl?.value ?? '')?.host ?? '';
  const azureForm = facts.fieldProvider === 'Azure OpenAI' || Boolean(settings?.azureEndpoint || settings?.deployment || settings?.apiVersion) || providerOfHost(baseHost)?.id === AZURE_ID;
  const found: Finding[] = [];
  // A key field labelled for Azure already says so itself (the field check's "wrong field").
  if (azureForm && OPENAI_STYLE_KINDS.has(facts.keyKind) && facts.fieldProvider !== 'Azure OpenAI') {
    found.push(make('azure_form_openai_key', 'error', 'setup', said('setup_azure_form_openai_key'), said('setup_azure_form_openai_key_fix')));
  }
  if (!azureForm && facts.keyProvider?.id === AZURE_ID) found.push(make('azure_key_openai_form', 'error', 'setup', said('setup_azure_key_openai_form'), said('setup_azure_key_openai_form_fix')));
  const deployment = settings?.deployment;
  if (azureForm && deployment?.value && KNOWN_MODEL.test(deployment.value)) {
    found.push(make('azure_model_as_deployment', 'warning', 'setup', said('setup_azure_model_as_deployment', { model: deployment.value }), said('setup_azure_model_as_deployment_fix', { field: fieldOf(deployment, 'setup_field_deployment') })));
  }
  return found;
}

/**
 * Whether the app, as set up beside the key field, can work with this key — everything that can be
 * told without asking OpenAI. An unknown app gets "could not tell", never a false alarm.
 */
export function judgeSetup(facts: SetupFacts): Finding[] {
  const { settings } = facts;
  if (!settings) return azureFindings(facts);
  const app = recogniseApp(settings.title, settings.baseUrl?.label);
  return [
    ...(settings.baseUrl ? baseUrlFindings(settings.baseUrl, facts, app) : []),
    ...idFindings(settings),
    ...azureFindings(facts),
    ...(settings.model?.problem === 'secret' ? [make('setting_holds_key', 'error', 'setup', said('setup_model_holds_key', { field: fieldOf(settings.model, 'setup_field_model') }), said('setup_model_holds_key_fix'))] : []),
  ];
}
