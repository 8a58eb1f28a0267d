import { said } from '../said';
import { english } from '../../../test/words';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers } from '../../../test/openai-bodies';
import { addFindings, diagnose } from '../key';
import { callShapeFor } from '../setup/call-shape';
import { judgeSetup } from '../setup/judge';
import { judgeModel } from '../setup/models';
import { type AppSettings, readSetting, type SettingRole } from '../setup/readings';
import { classifyAnswer } from './classify-answer';
import { judgeEvidence, withPageEvidence } from '../page-evidence/judge';
import { readPageText } from '../page-evidence/page-text';
import { diagnoseField } from '../fields/diagnose-field';
import { buildLayers, type LayerFacts, LAYER_STATES, withReport } from './layers';

const key = keys.project164();
const ORG = 'org-AbCdEfGhIjKlMnOpQrStUvWx';
const listed = ['gpt-4o-mini', 'gpt-4o', 'o3'];
const verdictOf = (answer: { status: number; body: string }) => classifyAnswer({ kind: 'response', status: answer.status, headers: {}, body: answer.body });

function settingsOf(raw: Partial<Record<SettingRole, string>>): AppSettings {
  const settings: AppSettings = { title: 'Admin Panel • Open WebUI' };
  for (const [role, value] of Object.entries(raw) as [SettingRole, string][]) {
    const reading = readSetting(role, role, value);
    if (reading) settings[role] = reading;
  }
  return settings;
}

function facts(raw: Partial<Record<SettingRole, string>> | undefined, answer = answers.live(), extra: Partial<LayerFacts> = {}): LayerFacts {
  const settings = raw && settingsOf(raw);
  const diagnosis = diagnose(key);
  const report = addFindings(diagnosis, judgeSetup({ keyKind: diagnosis.report.kind, keyProvider: undefined, fieldProvider: 'OpenAI', settings })).report;
  const verdict = verdictOf(answer);
  return { report, verdict, settings, call: callShapeFor(settings), modelFindings: judgeModel(settings?.model, verdict.kind === 'live' ? listed : null), credit: null, creditConsent: false, ...extra };
}

const states = (f: LayerFacts) => Object.fromEntries(buildLayers(f).layers.map((l) => [l.id, l.state]));

describe('the layered verdict', () => {
  it('says “works” only when every layer passed', () => {
    const all = buildLayers(facts({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' }, answers.live(), { credit: { state: 'accepted', detail: [said('step_credit_accepted')] }, creditConsent: true }));
    expect(all.layers.map((l) => l.state)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
    expect(all).toMatchObject({ works: 'yes' });
    expect(english(all.headline)).toBe('This key works with this app as it is set up.');
  });

  it('names what cannot be checked for free, and does not say “works”', () => {
    const layered = buildLayers(facts({ baseUrl: 'https://api.openai.com/v1', model: 'o3' }));
    expect(states(facts({ baseUrl: 'https://api.openai.com/v1', model: 'o3' }))).toMatchObject({ credit: 'not_free', verification: 'not_free' });
    expect(layered.works).toBe('unknown');
    expect(english(layered?.headline)).toBe('OpenAI accepted this key and the app’s settings fit it. Not checked for free: credit and organization verification.');
  });

  it('says only the key was checked when nothing of the app could be read', () => {
    const layered = buildLayers(facts(undefined));
    expect(english(layered?.headline)).toBe('OpenAI accepted this key. Only the key was checked: Key Doctor could not read this app’s settings.');
    expect(layered.works).toBe('unknown');
  });

  it('fails the app while OpenAI accepts the key: a wrong base URL, a missing model', () => {
    const wrongUrl = buildLayers(facts({ baseUrl: 'https://api.openai.com', model: 'gpt-4o-mini' }));
    expect(wrongUrl).toMatchObject({ works: 'no' });
    expect(english(wrongUrl.headline)).toBe('OpenAI accepts this key, but this app will fail as it is set up: endpoint (base URL).');
    expect(states(facts({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4.1' }))).toMatchObject({ accepted: 'passed', model: 'failed' });
  });

  it('names the organization field when OpenAI refuses the organization the app sends', () => {
    const layered = buildLayers(facts({ organization: ORG }, answers.mismatchedOrganization()));
    const org = layered.layers.find((l) => l.id === 'organization');
    expect(org?.state).toBe('failed');
    expect(english(org?.detail)).toContain('The app’s “organization” field is what it sends.');
    // The key is fine; the app, sending that organization, is not.
    expect(layered.layers.find((l) => l.id === 'accepted')?.state).toBe('passed');
    expect(layered).toMatchObject({ works: 'no' });
    expect(english(layered.headline)).toBe('OpenAI accepts this key, but this app will fail as it is set up: organization and project.');
  });

  it('never says “works” while any layer failed or was not checked, whatever the facts', () => {
    const raw = fc.record({
      baseUrl: fc.constantFrom('https://api.openai.com/v1', 'https://api.openai.com', 'https://openrouter.ai/api/v1', 'https://us.api.openai.com/v1', '/api/openai'),
      model: fc.constantFrom('gpt-4o-mini', 'gpt-4.1', 'o3', 'o3-pro'),
      organization: fc.constantFrom(ORG, 'proj_AbCdEfGhIjKlMnOpQrStUvWx', 'Acme'),
    }, { requiredKeys: [] });
    const answer = fc.constantFrom(answers.live(), answers.invalid(key), answers.serverError(), answers.mismatchedOrganization(), answers.noCredit());
    fc.assert(fc.property(raw, answer, fc.boolean(), (settings, reply, consent) => {
      const layered = buildLayers(facts(settings, reply, { creditConsent: consent }));
      const open = layered.layers.some((l) => l.state !== 'passed');
      if (open) expect(layered.works).not.toBe('yes');
      if (layered.layers.some((l) => l.state === 'failed')) expect(english(layered?.headline)).not.toMatch(/works with this app/);
      for (const l of layered.layers) expect(LAYER_STATES).toContain(l.state);
    }), { numRuns: 300 });
  });

  it('a key the site removed from the field fails the key-in-app layer: never “works”, even with OpenAI accepting it', () => {
    const report = diagnoseField({ value: '', valueLength: 0, pasted: key, trigger: 'paste', maxLength: null, provider: 'OpenAI', pageUrl: 'https://a.example/' }).report;
    const layered = buildLayers({ ...facts({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' }), report });
    expect(layered.layers.find((l) => l.id === 'app_key')).toMatchObject({ state: 'failed' });
    expect(layered).toMatchObject({ works: 'no' });
    expect(english(layered.headline)).toBe('OpenAI accepts this key, but the site removed it from the field: its own key check is out of date.');
    expect(english(buildLayers({ ...facts(undefined), report, verdict: null })?.headline)).toBe('This key won’t reach OpenAI as it should: the site removed it from the field: its own key check is out of date.');
  });

  it('an error the app showed fails the layer it is about, and the headline says so', () => {
    const base = facts({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' });
    const pageSays = (text: string) => {
      const evidence = readPageText(text);
      if (!evidence) throw new Error(text);
      const report = withPageEvidence(base.report, judgeEvidence({ evidence, pasted: base.report, hints: [], site: undefined, verdict: base.verdict, now: 0 }));
      return withReport(buildLayers(base), { report, verdict: base.verdict, settings: base.settings });
    };
    const answer113 = pageSays('You exceeded your current quota, please check your plan and billing details.');
    expect(answer113.works).toBe('no');
    expect(english(answer113.headline)).toBe('OpenAI accepts this key, but its account has no usable credit: the app’s requests will fail.');
    expect(pageSays('Your organization must be verified to use the model `o3`.').layers.find((l) => l.id === 'verification')?.state).toBe('failed');
    const answer116 = pageSays('Incorrect API key provided: sk-proj-********************abcd.');
    expect(answer116.works).toBe('no');
    expect(english(answer116.headline)).toBe('OpenAI accepts this key, but the app is still sending a different, older key.');
  });
});
