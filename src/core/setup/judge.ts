import { OPENAI_STYLE_KINDS, type KeyKind } from '../key/classify-key';
import { aKeyOf, type Finding, make } from '../key/findings';
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
const fieldName = (reading: SettingReading, fallback: string) => `the “${reading.label || fallback}” field`;
/** The same, at the start of a sentence. */
const FieldName = (reading: SettingReading, fallback: string) => `The “${reading.label || fallback}” field`;

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

const EXPECTED: Record<BaseUrlRule, string> = {
  host: 'the host only, such as https://api.openai.com (it adds /v1/chat/completions itself)',
  v1: 'the address ending in /v1, such as https://api.openai.com/v1',
  endpoint: 'the full endpoint, such as https://api.openai.com/v1/chat/completions',
  host_or_v1: 'the host or the address ending in /v1, such as https://api.openai.com/v1',
};

function pathFindings(shape: PathShape, rule: BaseUrlRule | undefined, app: KnownApp | undefined, field: string): Finding[] {
  const wants = rule && app ? `${app.name} wants ${EXPECTED[rule]}.` : '';
  if (shape === 'v1_doubled') {
    return [make('base_url_v1_doubled', 'error', 'setup', `The base URL has /v1 or /chat/completions twice in it, so every request goes to an address that does not exist.`, `Remove the repeated part in ${field}. ${wants}`.trim())];
  }
  if (!rule) {
    if (shape === 'endpoint') return [make('base_url_full_endpoint', 'warning', 'setup', 'The base URL ends in /chat/completions; most apps add that themselves.', `If requests fail, set ${field} to the address ending in /v1.`)];
    if (shape === 'none') return [make('base_url_unknown_app', 'info', 'setup', 'Key Doctor could not tell how this app reads its base-URL field: most apps want it to end in /v1, some want the host only.', `If requests fail with 404, try ${field} with /v1 at the end.`)];
    return [];
  }
  const appName = app?.name ?? 'This app';
  if (rule === 'v1' && shape === 'none') return [make('base_url_v1_missing', 'error', 'setup', `The base URL lacks /v1: ${appName} adds only /chat/completions, so its requests get 404.`, `Set ${field} to ${EXPECTED.v1}.`)];
  if ((rule === 'v1' || rule === 'host_or_v1') && shape === 'endpoint') return [make('base_url_full_endpoint', 'error', 'setup', `The base URL is a full endpoint, but ${appName} adds /chat/completions itself: its requests go to …/chat/completions/chat/completions.`, `Set ${field} to ${EXPECTED.v1}.`)];
  if (rule === 'host' && (shape === 'v1' || shape === 'endpoint')) return [make('base_url_v1_extra', 'error', 'setup', `${appName} adds /v1/chat/completions to this field itself, so with /v1 in it requests go to /v1/v1/….`, `Set ${field} to ${EXPECTED.host}.`)];
  if (rule === 'endpoint' && shape !== 'endpoint') return [make('base_url_endpoint_wanted', 'error', 'setup', `${appName} sends requests to exactly this address, and it is not a chat completions endpoint.`, `Set ${field} to ${EXPECTED.endpoint}.`)];
  return [];
}

function baseUrlFindings(reading: SettingReading, facts: SetupFacts, app: KnownApp | undefined): Finding[] {
  const field = fieldName(reading, 'Base URL');
  const found: Finding[] = [];
  if (reading.spaces) found.push(make('base_url_spaces', 'error', 'setup', 'The base URL has spaces in it, which break the address.', `Remove the spaces from ${field}.`));
  if (reading.problem === 'secret') return [make('setting_holds_key', 'error', 'setup', `${FieldName(reading, 'Base URL')} holds a key, not an address. Key Doctor did not read it.`, 'Put the key in the key field and the API address here.')];
  if (reading.problem) {
    const why = {
      too_long: 'is far longer than any address', credentials: 'has a user name or password in it (Key Doctor did not read it)',
      not_http: 'does not start with https://', not_a_url: 'is not a web address', shape: 'is not a web address',
    }[reading.problem];
    return [...found, make('base_url_unreadable', 'error', 'setup', `The base URL ${why}.`, `Set ${field} to an address starting with https://, such as https://api.openai.com/v1.`)];
  }
  const value = reading.value ?? '';
  if (value.startsWith('/')) {
    return [...found, make('base_url_relative', 'info', 'setup', `The base URL is a path on this app’s own server (${value.slice(0, 60)}): its server passes requests on. Key Doctor checked the key with OpenAI itself.`)];
  }
  const bare = !/^https?:\/\//i.test(value);
  if (bare && app?.baseUrl !== 'host') {
    found.push(make('base_url_no_scheme', app ? 'error' : 'warning', 'setup', 'The base URL does not start with https://: many apps cannot use it that way.', `Write ${field} with https:// in front.`));
  }
  const url = parseHttpUrl(bare ? `https://${value}` : value);
  if (!url) return found;
  const host = url.host;
  const hostProvider = providerOfHost(host);
  const openaiKey = OPENAI_STYLE_KINDS.has(facts.keyKind);
  if (openaiKey && hostProvider && hostProvider !== OPENAI) {
    found.push(make('base_url_other_provider', 'error', 'setup', `The base URL points at ${hostProvider.name} (${host}), and this is an OpenAI key: ${hostProvider.name} will reject it.`, `Set ${field} to OpenAI’s address (https://api.openai.com/v1), or paste a ${hostProvider.name} key.`));
  }
  if (hostProvider === OPENAI && facts.keyProvider && (facts.keyKind === 'other_provider' || facts.keyKind === 'relay')) {
    found.push(make('base_url_openai_other_key', 'error', 'setup', `The base URL is OpenAI’s (${host}), and this is ${aKeyOf(facts.keyProvider.keyName ?? facts.keyProvider.name)}: OpenAI will reject it.`, `Paste an OpenAI key, or set ${field} to the address of the service this key is for.`));
  }
  if (openaiKey && !hostProvider && !LOCAL.test(host)) {
    found.push(make('base_url_relay', 'info', 'setup', `The base URL points at ${host}, not at OpenAI: a proxy or relay. Key Doctor checked the key with OpenAI itself; whether ${host} passes it on, only it can say.`));
  }
  if (url.scheme === 'http' && !LOCAL.test(host)) {
    found.push(make('base_url_http', 'warning', 'setup', 'The base URL is plain http: the key would travel unencrypted to it.', `Use https:// in ${field}.`));
  }
  if ((API_HOSTS as readonly string[]).includes(host) && host !== GLOBAL_HOST) {
    found.push(make('base_url_regional', 'info', 'setup', `The base URL is OpenAI’s regional host ${host}: Key Doctor asks OpenAI there, as the app will.`));
  }
  // How the path must look depends on the app, and only matters for OpenAI-style addresses.
  if (hostProvider === OPENAI || !hostProvider) found.push(...pathFindings(pathShape(url.path), app?.baseUrl, app, field));
  return found;
}

function idFindings(settings: AppSettings): Finding[] {
  const found: Finding[] = [];
  const { organization, project } = settings;
  for (const [reading, role] of [[organization, 'organization'], [project, 'project']] as const) {
    if (reading?.problem === 'secret') {
      found.push(make('setting_holds_key', 'error', 'setup', `${FieldName(reading, role)} holds a key. Key Doctor did not read it.`, `Put only the ${role} id there (${role === 'organization' ? 'org-…' : 'proj_…'}), or leave it empty.`));
    }
  }
  if (organization?.value && PROJECT_ID.test(organization.value)) {
    found.push(make('project_in_organization', 'error', 'setup', 'The organization field holds a project id (proj_…). OpenAI answers “No such organization” to it.', `Move it to the project field, and put the organization id (org-…) in ${fieldName(organization, 'Organization')} — or leave it empty.`));
  } else if (organization?.problem === 'shape') {
    found.push(make('organization_shape', 'error', 'setup', 'The organization field holds something that is not an organization id (org- and 24 letters and digits). OpenAI refuses requests with it.', `Copy the id from your organization’s settings, or leave ${fieldName(organization, 'Organization')} empty.`));
  }
  if (project?.value && ORGANIZATION_ID.test(project.value)) {
    found.push(make('organization_in_project', 'error', 'setup', 'The project field holds an organization id (org-…), not a project id.', `Put it in the organization field, and the project id (proj_…) in ${fieldName(project, 'Project')} — or leave it empty.`));
  } else if (project?.problem === 'shape') {
    found.push(make('project_shape', 'error', 'setup', 'The project field holds something that is not a project id (proj_ and 24 letters and digits).', `Copy the id from the project’s settings, or leave ${fieldName(project, 'Project')} empty.`));
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
    found.push(make('azure_form_openai_key', 'error', 'setup', 'This is an Azure OpenAI form, and this is a key from OpenAI: Azure keys never start with sk-.', 'Paste the key of your Azure resource (Azure portal → your OpenAI resource → Keys and Endpoint), or use the app’s OpenAI option for this key.'));
  }
  if (!azureForm && facts.keyProvider?.id === AZURE_ID) {
    found.push(make('azure_key_openai_form', 'error', 'setup', 'This looks like an Azure OpenAI key in a form for OpenAI: OpenAI will reject it.', 'Choose the app’s Azure OpenAI option, with your resource’s endpoint and deployment, or paste an OpenAI key.'));
  }
  const deployment = settings?.deployment;
  if (azureForm && deployment?.value && KNOWN_MODEL.test(deployment.value)) {
    found.push(make('azure_model_as_deployment', 'warning', 'setup', `The deployment field holds a model name (${deployment.value}). Azure wants the name you gave the deployment, which may differ.`, `Check the name under Deployments in Azure AI Foundry, and put that in ${fieldName(deployment, 'Deployment')}.`));
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
    ...(settings.model?.problem === 'secret' ? [make('setting_holds_key', 'error', 'setup', `${FieldName(settings.model, 'Model')} holds a key, not a model name. Key Doctor did not read it.`, 'Put the key in the key field, and a model name such as gpt-4o-mini here.')] : []),
  ];
}
