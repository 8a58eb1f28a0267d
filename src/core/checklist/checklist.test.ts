import { said } from '../said';
import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers } from '../../../test/openai-bodies';
import { statusPages } from '../../../test/status-bodies';
import { diagnose } from '../key';
import { parseStatus } from '../status/parse';

const statusOf = (page: { proxy: unknown; summary: unknown }) => parseStatus({ json: page.proxy }, { json: page.summary });
import { classifyAnswer } from '../verify/classify-answer';
import { buildChecklist, type ChecklistFacts, type StepId, type StepState } from './checklist';

const key = keys.project164();
const verdictOf = (answer: { status: number; body: string }) => classifyAnswer({ kind: 'response', status: answer.status, headers: {}, body: answer.body });
const base: ChecklistFacts = {
  report: diagnose(key).report, verdict: null, credit: null, creditConsent: false, status: statusOf(statusPages.green()), network: null, siteActions: true, hintCount: 0, layers: null, savedKeys: null,
};
const states = (facts: Partial<ChecklistFacts>) =>
  Object.fromEntries(buildChecklist({ ...base, ...facts }).map((s) => [s.id, s.state])) as Record<StepId, StepState>;

describe('buildChecklist', () => {
  it('has every step of the published guides, in order', () => {
    expect(buildChecklist(base).map((s) => s.id)).toEqual([
      'clean', 'same_key', 'exists', 'endpoint', 'organization', 'model', 'credit', 'openai_up', 'network', 'stale_cache', 'retry', 'stuck',
    ]);
  });

  it('says “not checked” for what nobody checked', () => {
    expect(states({ report: null, status: null })).toMatchObject({ clean: 'not_checked', exists: 'not_checked', credit: 'not_checked', openai_up: 'not_checked', network: 'not_checked', same_key: 'not_checked' });
  });

  it('fails the clean step for a truncated key and names the problem', () => {
    const steps = buildChecklist({ ...base, report: diagnose(key.slice(0, -10)).report });
    expect(steps[0]).toMatchObject({ state: 'failed', actions: ['open_keys_page'] });
    expect(english(steps[0]?.reason)).toContain('ends 10 characters early');
  });

  it('passes exists and network for a live key', () => {
    expect(states({ verdict: verdictOf(answers.live()) })).toMatchObject({ clean: 'passed', exists: 'passed', network: 'passed' });
  });

  it('fails exists for an invalid key, but only unknown for an outage', () => {
    expect(states({ verdict: verdictOf(answers.invalid(key)) }).exists).toBe('failed');
    expect(states({ verdict: verdictOf(answers.overloaded()) })).toMatchObject({ exists: 'unknown', openai_up: 'failed' });
  });

  it('fails credit on no credit, passes it after a working credit check, asks for consent otherwise', () => {
    expect(states({ verdict: verdictOf(answers.noCredit()) }).credit).toBe('failed');
    expect(states({ verdict: verdictOf(answers.billingNotActive()) }).credit).toBe('failed');
    const accepted = buildChecklist({ ...base, credit: 'accepted' }).find((s) => s.id === 'credit');
    expect(accepted?.state).toBe('passed');
    expect(english(accepted?.reason)).toContain('this key can make requests now');
    expect(english(accepted?.reason)).toContain('does not prove paid credit');
    const step = buildChecklist(base).find((s) => s.id === 'credit');
    expect(step?.actions).toEqual(['open_settings', 'open_billing']);
    expect(english(step?.reason)).toContain('ChatGPT Plus');
  });

  it('reads the status page, and a blocked network', () => {
    expect(states({ status: statusOf(statusPages.apiDegraded()) }).openai_up).toBe('failed');
    expect(states({ status: parseStatus({ problem: said('evidence_http', { status: '503' }) }, { problem: said('evidence_http', { status: '503' }) }) }).openai_up).toBe('unknown');
    expect(states({ network: { reachable: false, detail: said('note_network') } }).network).toBe('failed');
  });

  it('passes the API for ChatGPT-only trouble, and says whose trouble it is', () => {
    const step = buildChecklist({ ...base, status: statusOf(statusPages.chatGptOnly()) }).find((s) => s.id === 'openai_up');
    expect(step?.state).toBe('passed');
    expect(english(step?.reason)).toContain('ChatGPT has an incident (ChatGPT login errors); the API is not affected.');
  });

  it('says when only the summary could be read, without incidents', () => {
    const step = buildChecklist({ ...base, status: parseStatus({ problem: said('evidence_http', { status: '404' }) }, { json: statusPages.green().summary }) }).find((s) => s.id === 'openai_up');
    expect(step?.state).toBe('passed');
    expect(english(step?.reason)).toContain('Its incident list could not be read.');
  });

  it('compares with key hints once there are some', () => {
    const matching = { ...diagnose(key).report };
    matching.findings = [...matching.findings, { code: 'hint_match', severity: 'info', scope: 'key', message: said('f_hint_match', { label: 'Work' }) }];
    expect(buildChecklist({ ...base, hintCount: 0 })[1]).toMatchObject({ state: 'not_checked', actions: ['open_settings'] });
    expect(buildChecklist({ ...base, hintCount: 2, report: matching })[1]).toMatchObject({ state: 'passed', reason: [said('f_hint_match', { label: 'Work' })] });
    const other = { ...matching, findings: [{ code: 'hint_none', severity: 'warning', scope: 'key', message: said('f_hint_none', { count: 2 }) }] } as typeof matching;
    expect(buildChecklist({ ...base, hintCount: 2, report: other })[1]?.state).toBe('failed');
  });

  it('flags a different key than last time on this site for a look', () => {
    const changed = { ...diagnose(key).report };
    changed.findings = [{ code: 'site_key_changed', severity: 'warning', scope: 'key', message: said('f_site_key_changed', { mask: 'sk-proj-AbCd…wxyz', when: { ago: 3 * 86_400_000 } }) }];
    const step = buildChecklist({ ...base, report: changed })[1];
    expect(step?.state).toBe('unknown');
    expect(english(step?.reason)).toContain('3 days ago');
  });

  it('offers site actions only where Key Doctor may act', () => {
    expect(buildChecklist(base).find((s) => s.id === 'stale_cache')?.actions).toEqual(['find_saved_key', 'clear_site_cache', 'clear_site_data']);
    expect(buildChecklist({ ...base, siteActions: false }).find((s) => s.id === 'retry')?.actions).toEqual([]);
  });
});
