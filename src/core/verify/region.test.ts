import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { answers } from '../../../test/openai-bodies';
import { classifyAnswer } from './classify-answer';
import type { Verdict } from './verdicts';
import { allowListed, hostNamedIn, regionalVerdict } from './region';

const refusal = (host = 'us.api.openai.com') => classifyAnswer({ kind: 'response', status: 401, headers: {}, body: answers.incorrectHostname(host).body });
const at = (host: string, answer: { status: number; body: string }): Verdict => classifyAnswer({ kind: 'response', status: answer.status, headers: {}, body: answer.body }, host);

describe('regional hosts (openai-facts.md §6)', () => {
  it('reads the host OpenAI names, and only lets its own hosts through', () => {
    expect(hostNamedIn(JSON.parse(answers.incorrectHostname('eu.api.openai.com').body).error.message)).toBe('eu.api.openai.com');
    expect(hostNamedIn('Attempted to access resource with incorrect regional hostname. Please make your request to api.openai.com')).toBe('api.openai.com');
    expect(hostNamedIn('This project is only accessible by projects with geography restrictions enabled.')).toBe('api.openai.com');
    expect(hostNamedIn('Incorrect API key provided')).toBeNull();
    for (const host of ['api.openai.com', 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com']) expect(allowListed(host)).toBe(host);
    for (const host of ['evil.example', 'us.api.openai.com.evil.example', 'jp.api.openai.com', null]) expect(allowListed(host)).toBeNull();
  });

  it('is never “invalid”: a refusal alone says the key belongs elsewhere', () => {
    const verdict = refusal();
    expect(verdict.kind).toBe('wrong_region');
    expect(verdict.works).toBe('unknown');
  });

  it('tells which host to use once the key is confirmed there', () => {
    const verdict = regionalVerdict(refusal(), 'us.api.openai.com', at('us.api.openai.com', answers.live()));
    expect(verdict).toMatchObject({ kind: 'wrong_region', works: 'yes' });
    expect(english(verdict.title)).toBe('This key belongs to a project pinned to us.api.openai.com: OpenAI accepted it there.');
    expect(english(verdict?.advice)).toContain('Set the app’s base URL to https://us.api.openai.com/v1.');
    expect(english(verdict.evidence.note)).toBe('confirmed at us.api.openai.com');
  });

  it('reports a host that is not OpenAI’s, and does not vouch for it', () => {
    const verdict = regionalVerdict(refusal('evil.example'), 'evil.example', null);
    expect(verdict.works).toBe('unknown');
    expect(english(verdict.title)).toBe('OpenAI sent Key Doctor to evil.example, a host it does not contact.');
  });

  it('passes on what the regional host says about the key, with the fix', () => {
    const verdict = regionalVerdict(refusal(), 'us.api.openai.com', at('us.api.openai.com', answers.invalid('sk-proj-xyz')));
    expect(verdict.kind).toBe('invalid');
    expect(verdict.evidence.host).toBe('us.api.openai.com');
    expect(english(verdict?.advice)).toContain('https://us.api.openai.com/v1');
  });

  it('stays unknown when the regional host cannot be reached', () => {
    const verdict = regionalVerdict(refusal(), 'us.api.openai.com', classifyAnswer({ kind: 'no-response', reason: 'network' }, 'us.api.openai.com'));
    expect(verdict).toMatchObject({ kind: 'wrong_region', works: 'unknown' });
    expect(english(verdict?.advice)).toContain('could not reach OpenAI');
  });
});
