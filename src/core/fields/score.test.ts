import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { scoreField } from './score';
import type { FieldSnapshot } from './snapshot';

const field = (over: Partial<FieldSnapshot>): FieldSnapshot => ({
  tag: 'input', type: 'text', name: '', id: '', placeholder: '', autocomplete: '', ariaLabel: '', labelText: '',
  maxLength: null, neighbours: [], visible: true, ...over,
});

/** Why a field with this label and placeholder is a key field, in English. */
const reasons = (placeholder: string, labelText: string) => scoreField(field({ labelText, placeholder })).reasons.map((reason) => english(reason));

describe('scoreField', () => {
  it.each<[string, Partial<FieldSnapshot>]>([
    ['a labelled OpenAI key field', { labelText: 'OpenAI API key', type: 'password' }],
    ['a camelCase name', { name: 'openaiApiKey' }],
    ['an sk- placeholder', { placeholder: 'sk-...', ariaLabel: 'API key' }],
    ['a secret key in a settings form', { labelText: 'Secret key', neighbours: ['base url', 'model'] }],
  ])('recognises %s as an OpenAI key field', (_name, over) => {
    const verdict = scoreField(field(over));
    expect(verdict.isKeyField).toBe(true);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it('does not take another provider’s placeholder for an OpenAI key', () => {
    expect(reasons('sk-ant-...', 'Anthropic API key')).not.toContain('its placeholder looks like an OpenAI key');
    expect(reasons('sk-proj-...', 'API key')).toContain('its placeholder looks like an OpenAI key');
  });

  it('says which provider a field is for', () => {
    expect(scoreField(field({ labelText: 'OpenAI API Key' })).provider).toBe('OpenAI');
    expect(scoreField(field({ labelText: 'Anthropic API key' })).provider).toBe('Anthropic');
    expect(scoreField(field({ labelText: 'Azure OpenAI key' })).provider).toBe('Azure OpenAI');
    expect(scoreField(field({ labelText: 'API key' })).provider).toBeNull();
  });

  it.each<[string, Partial<FieldSnapshot>]>([
    ['a login password', { type: 'password', name: 'password', autocomplete: 'current-password', labelText: 'Password' }],
    ['a site search', { type: 'search', placeholder: 'Search' }],
    ['a Stripe secret key', { labelText: 'Stripe secret key' }],
    ['a GitHub token', { labelText: 'GitHub personal access token', placeholder: 'ghp_…' }],
    ['a card number', { autocomplete: 'cc-number', labelText: 'Card number' }],
    ['an email', { type: 'email', labelText: 'Email' }],
    ['a password beside a username, even labelled as a key', { type: 'password', labelText: 'API key', neighbours: ['username'] }],
    ['a hidden honeypot named api_key', { name: 'openai_api_key', labelText: 'OpenAI API key', visible: false }],
  ])('ignores %s', (_name, over) => {
    expect(scoreField(field(over)).isKeyField).toBe(false);
  });
});

describe('scoreField and input types', () => {
  const asKeyField = { labelText: 'OpenAI API key', name: 'openai_api_key', placeholder: 'sk-proj-...' };
  it.each(['checkbox', 'radio', 'button', 'submit', 'hidden', 'file', 'search', 'email', 'number', 'tel', 'range', 'color'])(
    'never takes an input of type %s for a key field, however it is labelled',
    (type) => expect(scoreField(field({ ...asKeyField, type }), true).isKeyField).toBe(false),
  );

  it.each(['text', 'password', 'url'])('reads an input of type %s by its labels', (type) => {
    expect(scoreField(field({ ...asKeyField, type }), true).isKeyField).toBe(true);
  });

  it('reads a textarea and an editable element whatever their type attribute says', () => {
    expect(scoreField(field({ ...asKeyField, tag: 'textarea', type: 'checkbox' })).isKeyField).toBe(true);
  });
});

describe('scoreField with the pasted value', () => {
  it('counts an OpenAI-shaped paste as a hint, but not enough on its own', () => {
    expect(scoreField(field({ labelText: 'Token' }), true).isKeyField).toBe(true);
    expect(scoreField(field({ labelText: 'Token' }), false).isKeyField).toBe(false);
    expect(scoreField(field({ labelText: 'Comment' }), true).isKeyField).toBe(false);
    expect(scoreField(field({ labelText: 'GitHub token' }), true).isKeyField).toBe(false);
  });
});
