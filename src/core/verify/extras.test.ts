import { describe, expect, it } from 'vitest';
import { answers } from '../../../test/openai-bodies';
import { accountFrom, cheapestChatModel, creditFrom } from './extras';

describe('opt-in extras', () => {
  it('picks the cheapest chat model the key lists', () => {
    expect(cheapestChatModel(answers.live().body)).toBe('gpt-4o-mini');
    expect(cheapestChatModel(JSON.stringify({ data: [{ id: 'gpt-4.1' }, { id: 'gpt-4.1-nano' }] }))).toBe('gpt-4.1-nano');
    expect(cheapestChatModel(JSON.stringify({ data: [{ id: 'o3' }] }))).toBeNull();
    expect(cheapestChatModel('<html>')).toBeNull();
  });

  it('reads a completion as credit, insufficient_quota as none, and anything else as unknown', () => {
    expect(creditFrom({ kind: 'response', status: 200, headers: {}, body: answers.completion().body }, 'gpt-4o-mini').state).toBe('ok');
    expect(creditFrom({ kind: 'response', status: 429, headers: {}, body: answers.noCredit().body }, 'gpt-4o-mini').state).toBe('none');
    expect(creditFrom({ kind: 'response', status: 503, headers: {}, body: answers.overloaded().body }, 'gpt-4o-mini').state).toBe('unknown');
    expect(creditFrom({ kind: 'no-response', reason: 'timeout' }, 'gpt-4o-mini').state).toBe('unknown');
  });

  it('keeps only organization titles from /v1/me', () => {
    const info = accountFrom({ kind: 'response', status: 200, headers: {}, body: answers.me().body });
    expect(info).toEqual({ organizations: ['Personal (personal)', 'Acme Research'] });
    expect(JSON.stringify(info)).not.toContain('ada@example.com');
    expect(accountFrom({ kind: 'response', status: 401, headers: {}, body: answers.invalid('sk-…').body })).toBeNull();
  });
});
