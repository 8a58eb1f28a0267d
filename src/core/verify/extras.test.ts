import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { answers } from '../../../test/openai-bodies';
import { accountFrom, creditCheckModel, creditFrom, listedModels } from './extras';

const list = (...ids: string[]) => ids;

describe('opt-in extras', () => {
  it('picks the cheapest chat model the key lists, as a dated snapshot when there is one', () => {
    expect(creditCheckModel(listedModels(answers.live().body) ?? [])).toBe('gpt-4o-mini-2024-07-18');
    expect(creditCheckModel(list('gpt-4.1', 'gpt-4.1-nano'))).toBe('gpt-4.1-nano');
    expect(creditCheckModel(list('gpt-4.1-nano', 'gpt-4.1-nano-2025-04-14', 'gpt-4o-mini-2024-07-18'))).toBe('gpt-4.1-nano-2025-04-14');
    expect(creditCheckModel(list('gpt-3.5-turbo', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-1106'))).toBe('gpt-3.5-turbo-1106');
    expect(creditCheckModel(list('gpt-4o-mini-2024-07-18'))).toBe('gpt-4o-mini-2024-07-18');
    expect(creditCheckModel(list('gpt-4o-mini-search-preview', 'gpt-4o-mini-tts'))).toBeNull();
    expect(creditCheckModel(list('o3'))).toBeNull();
    expect(listedModels('<html>')).toBeNull();
    expect(listedModels(JSON.stringify({ data: [{ id: 'a' }, { id: 7 }, { id: 'x'.repeat(81) }] }))).toEqual(['a']);
  });

  it('says a one-token success means “can make requests now”, not “has credit”', () => {
    const result = creditFrom({ kind: 'response', status: 200, headers: {}, body: answers.completion().body }, 'gpt-4o-mini-2024-07-18');
    expect(result.state).toBe('accepted');
    expect(english(result?.detail)).toContain('OpenAI accepted a one-token request to gpt-4o-mini-2024-07-18: this key can make requests now.');
    expect(english(result?.detail)).not.toMatch(/has credit|can spend/);
  });

  it('says “no credit” only for a 429 billing answer, billing_not_active included', () => {
    expect(creditFrom({ kind: 'response', status: 429, headers: {}, body: answers.noCredit().body }, 'm').state).toBe('none');
    const inactive = creditFrom({ kind: 'response', status: 429, headers: {}, body: answers.billingNotActive().body }, 'm');
    expect(inactive.state).toBe('none');
    expect(english(inactive?.detail)).toContain('billing is not active');
    expect(creditFrom({ kind: 'response', status: 429, headers: {}, body: answers.rateLimited().body }, 'm').state).toBe('unknown');
    expect(creditFrom({ kind: 'response', status: 503, headers: {}, body: answers.overloaded().body }, 'm').state).toBe('unknown');
    expect(creditFrom({ kind: 'no-response', reason: 'timeout' }, 'm').state).toBe('unknown');
  });

  it('keeps only organization titles from /v1/me', () => {
    const info = accountFrom({ kind: 'response', status: 200, headers: {}, body: answers.me().body });
    expect(info).toEqual({ organizations: [{ title: 'Personal', personal: true }, { title: 'Acme Research', personal: false }] });
    expect(JSON.stringify(info)).not.toContain('ada@example.com');
    expect(accountFrom({ kind: 'response', status: 401, headers: {}, body: answers.invalid('sk-proj-abc').body })).toBeNull();
  });
});
