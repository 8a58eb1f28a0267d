import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { diagnose, type FindingCode } from '../key';
import { providerOfKey } from '../key/providers';
import { KNOWN_APPS, recogniseApp } from './apps';
import { callShapeFor } from './call-shape';
import { judgeSetup } from './judge';
import { judgeModel, nearestModels } from './models';
import { type AppSettings, readSetting, type SettingRole } from './readings';

const ORG = `org-${'AbCdEfGhIjKlMnOpQrStUvWx'}`;
const PROJECT = `proj_${'ZyXwVuTsRqPoNmLkJiHgFeDc'}`;

/** Settings as the content script reads them: each raw value through `readSetting`. */
function settingsOf(title: string, raw: Partial<Record<SettingRole, string>>): AppSettings {
  const settings: AppSettings = { title };
  for (const [role, value] of Object.entries(raw) as [SettingRole, string][]) {
    const reading = readSetting(role, role === 'baseUrl' ? 'Base URL' : role, value);
    if (reading) settings[role] = reading;
  }
  return settings;
}

function codesFor(key: string, title: string, raw: Partial<Record<SettingRole, string>>, fieldProvider: string | null = 'OpenAI'): FindingCode[] {
  const { candidate, report } = diagnose(key);
  return judgeSetup({ keyKind: report.kind, keyProvider: providerOfKey(candidate), fieldProvider, settings: settingsOf(title, raw) }).map((f) => f.code);
}

const openaiKey = keys.project164();

describe('readSetting: what may leave the page', () => {
  it.each<[SettingRole, string, string | null, string | null]>([
    ['baseUrl', 'https://api.openai.com/v1', 'https://api.openai.com/v1', null],
    ['baseUrl', ' https://api.openai.com/v1 ', 'https://api.openai.com/v1', null],
    ['baseUrl', '/api/openai', '/api/openai', null],
    ['baseUrl', 'api.openai.com', 'api.openai.com', null],
    ['baseUrl', 'https://user:pass@api.openai.com/v1', null, 'credentials'],
    ['baseUrl', 'javascript:alert(1)', null, 'not_http'],
    ['baseUrl', `https://example.com/${'a'.repeat(100_000)}`, null, 'too_long'],
    ['baseUrl', 'https://пример.рф/v1', 'https://пример.рф/v1', null],
    ['baseUrl', 'hello world', null, 'not_a_url'],
    ['organization', ORG, ORG, null],
    ['organization', PROJECT, PROJECT, null],
    ['organization', 'Acme Inc', null, 'shape'],
    ['project', `proj_${'x'.repeat(5)}`, null, 'shape'],
    ['model', 'gpt-4o-mini', 'gpt-4o-mini', null],
    ['model', 'ft:gpt-4o-mini:acme:custom:abc123', 'ft:gpt-4o-mini:acme:custom:abc123', null],
    ['model', keys.legacy(), null, 'secret'],
    ['model', '模型', null, 'shape'],
    ['baseUrl', keys.project164(), null, 'secret'],
    ['organization', keys.anthropic(), null, 'secret'],
    ['apiVersion', '2024-10-21', '2024-10-21', null],
    ['apiVersion', 'latest', null, 'shape'],
  ])('%s %j → value %j, problem %j', (role, raw, value, problem) => {
    const reading = readSetting(role, 'label', raw);
    expect(reading?.value).toBe(value);
    expect(reading?.problem).toBe(problem);
  });

  it('reads an empty field as no setting at all', () => {
    expect(readSetting('baseUrl', 'Base URL', '   ')).toBeUndefined();
  });
});

describe('judgeSetup: the base URL, as each app reads it', () => {
  it.each<[string, string, string, FindingCode[]]>([
    // Apps that want /v1.
    ['Open WebUI', 'Admin Panel • Open WebUI', 'https://api.openai.com/v1', []],
    ['Open WebUI', 'Admin Panel • Open WebUI', 'https://api.openai.com', ['base_url_v1_missing']],
    ['Open WebUI', 'Admin Panel • Open WebUI', 'https://api.openai.com/v1/chat/completions', ['base_url_full_endpoint']],
    ['LobeChat', 'Settings · LobeChat', 'https://api.openai.com/v1/v1', ['base_url_v1_doubled']],
    ['n8n', 'Credentials - n8n', 'https://api.openai.com/v1', []],
    // NextChat wants the host only, and adds https:// itself.
    ['NextChat', 'NextChat', 'https://api.openai.com', []],
    ['NextChat', 'NextChat', 'api.openai.com', []],
    ['NextChat', 'NextChat', '/api/openai', ['base_url_relative']],
    ['NextChat', 'NextChat', 'https://api.openai.com/v1', ['base_url_v1_extra']],
    // BetterChatGPT wants the full endpoint.
    ['BetterChatGPT', 'Better ChatGPT', 'https://api.openai.com/v1/chat/completions', []],
    ['BetterChatGPT', 'Better ChatGPT', 'https://api.openai.com/v1', ['base_url_endpoint_wanted']],
    // Dify takes either.
    ['Dify', 'Dify', 'https://api.openai.com', []],
    ['Dify', 'Dify', 'https://api.openai.com/v1', []],
    // An unknown app: no false alarm, only what is wrong everywhere.
    ['unknown', 'My tool', 'https://api.openai.com/v1', []],
    ['unknown', 'My tool', 'https://api.openai.com', ['base_url_unknown_app']],
    ['unknown', 'My tool', 'https://api.openai.com/v1/v1/chat/completions', ['base_url_v1_doubled']],
    ['unknown', 'My tool', 'http://api.openai.com/v1', ['base_url_http']],
    ['unknown', 'My tool', 'http://localhost:8080/v1', []],
    ['unknown', 'My tool', 'https://api.openai.com /v1', ['base_url_spaces']],
    ['unknown', 'My tool', 'https://us.api.openai.com/v1', ['base_url_regional']],
    ['unknown', 'My tool', 'https://my-relay.example/v1', ['base_url_relay']],
    ['unknown', 'My tool', 'https://user:secret@api.openai.com/v1', ['base_url_unreadable']],
    ['unknown', 'My tool', 'javascript:alert(1)', ['base_url_unreadable']],
  ])('%s: %s', (_app, title, baseUrl, expected) => {
    expect(codesFor(openaiKey, title, { baseUrl })).toEqual(expected);
  });

  it.each([
    ['https://api.anthropic.com/v1', 'Anthropic'],
    ['https://openrouter.ai/api/v1', 'OpenRouter'],
    ['https://my-resource.openai.azure.com', 'Azure OpenAI'],
    ['https://generativelanguage.googleapis.com/v1beta/openai', 'Google Gemini'],
    ['https://api.groq.com/openai/v1', 'Groq'],
    ['https://api.deepseek.com/v1', 'DeepSeek'],
  ])('names another provider’s host with an OpenAI key: %s', (baseUrl, provider) => {
    const { report } = diagnose(openaiKey);
    const found = judgeSetup({ keyKind: report.kind, keyProvider: undefined, fieldProvider: 'OpenAI', settings: settingsOf('My tool', { baseUrl }) });
    expect(found.map((f) => f.code)).toContain('base_url_other_provider');
    expect(english(found.find((f) => f.code === 'base_url_other_provider')?.message)).toContain(provider);
  });

  it('names OpenAI’s host with another provider’s key', () => {
    expect(codesFor(keys.anthropic(), 'My tool', { baseUrl: 'https://api.openai.com/v1' })).toContain('base_url_openai_other_key');
    expect(codesFor(keys.relay(), 'My tool', { baseUrl: 'https://api.openai.com/v1' })).toContain('base_url_openai_other_key');
  });

  it('has a test line for every known app', () => {
    for (const app of KNOWN_APPS) expect(recogniseApp(app.name), app.id).toBe(app);
  });
});

describe('judgeSetup: organization, project and Azure', () => {
  it.each<[Partial<Record<SettingRole, string>>, FindingCode[]]>([
    [{ organization: ORG, project: PROJECT }, []],
    [{ organization: PROJECT }, ['project_in_organization']],
    [{ project: ORG }, ['organization_in_project']],
    [{ organization: 'Acme Inc' }, ['organization_shape']],
    [{ project: 'my project' }, ['project_shape']],
    [{ organization: keys.project164() }, ['setting_holds_key']],
  ])('%j → %j', (raw, expected) => {
    expect(codesFor(openaiKey, 'My tool', raw)).toEqual(expected);
  });

  it('says an OpenAI key does not go in an Azure form, and an Azure key not in an OpenAI form', () => {
    expect(codesFor(openaiKey, 'Flowise', { azureEndpoint: 'https://acme.openai.azure.com', apiVersion: '2024-10-21' }, null)).toEqual(['azure_form_openai_key']);
    expect(codesFor(openaiKey, 'Flowise', { azureEndpoint: 'acme-eastus', apiVersion: '2024-10-21' }, null)).toEqual(['azure_form_openai_key']);
    // A key field labelled for Azure says it itself ("this field is for Azure OpenAI keys").
    expect(codesFor(openaiKey, 'Flowise', { azureEndpoint: 'acme-eastus' }, 'Azure OpenAI')).toEqual([]);
    expect(codesFor(keys.azure(), 'My tool', { baseUrl: 'https://api.openai.com/v1' })).toEqual(['base_url_openai_other_key', 'azure_key_openai_form']);
    expect(codesFor(keys.azure(), 'Flowise', { deployment: 'gpt-4o', apiVersion: '2024-10-21' }, 'Azure OpenAI')).toEqual(['azure_model_as_deployment']);
    expect(codesFor(keys.azure(), 'Flowise', { deployment: 'acme-chat-prod', apiVersion: '2024-10-21' }, 'Azure OpenAI')).toEqual([]);
  });
});

describe('the call shape: as the app will call, within the allow-list', () => {
  it('copies a regional OpenAI host and well-shaped ids, nothing else', () => {
    expect(callShapeFor(settingsOf('t', { baseUrl: 'https://eu.api.openai.com/v1', organization: ORG, project: PROJECT }))).toEqual({ host: 'eu.api.openai.com', organization: ORG, project: PROJECT });
    expect(callShapeFor(settingsOf('t', { baseUrl: 'https://my-relay.example/v1', organization: PROJECT }))).toEqual({ host: 'api.openai.com', organization: null, project: null });
    expect(callShapeFor(undefined)).toEqual({ host: 'api.openai.com', organization: null, project: null });
  });
});

const model = (value: string) => readSetting('model', 'Model', value);

describe('judgeModel: the app’s model against the key’s list', () => {
  const listed = ['gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'gpt-4o', 'o3', 'text-embedding-3-small', 'o3-pro'];

  it('passes a listed model and names the nearest ones for a missing one', () => {
    expect(judgeModel(model('gpt-4o-mini'), listed)).toEqual([]);
    const [missing] = judgeModel(model('gpt-4.1'), listed);
    expect(missing?.code).toBe('model_unavailable');
    expect(english(missing?.message)).toBe('This key cannot use gpt-4.1: OpenAI does not list it for this key. It can use gpt-4o, gpt-4o-mini, o3.');
    expect(nearestModels('gpt-4o-min', listed, 1)).toEqual(['gpt-4o-mini']);
  });

  it('flags models that need a verified organization or the Responses API, honestly', () => {
    expect(judgeModel(model('o3'), listed).map((f) => f.code)).toEqual(['model_gated']);
    expect(english(judgeModel(model('o3'), listed)[0]?.message)).toContain('a free check cannot tell');
    expect(judgeModel(model('o3-pro'), listed).map((f) => f.code)).toEqual(['model_responses_only']);
    expect(judgeModel(model('gpt-5'), null).map((f) => f.code)).toEqual(['model_gated']);
  });

  it('says nothing without a model, and nothing about the list before there is one', () => {
    expect(judgeModel(undefined, listed)).toEqual([]);
    expect(judgeModel(model('gpt-4.1'), null)).toEqual([]);
  });
});
