import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { diagnoseField, type FieldEvent } from './diagnose-field';

const key = keys.project164();
const event = (over: Partial<FieldEvent>): FieldEvent => ({
  value: key, valueLength: key.length, pasted: key, trigger: 'paste', maxLength: null, provider: 'OpenAI',
  pageUrl: 'https://chat.example/settings', ...over,
});
const codes = (over: Partial<FieldEvent>) => diagnoseField(event(over)).report.findings.map((f) => f.code);

describe('diagnoseField', () => {
  it('adds nothing for a clean key pasted into a good field', () => {
    expect(codes({})).toEqual(['key_kind']);
    expect(diagnoseField(event({})).report.checkable).toBe(true);
  });

  it('says when the field’s maxlength cuts the key, with both lengths', () => {
    const report = diagnoseField(event({ value: key.slice(0, 51), valueLength: 51, maxLength: 51 })).report;
    expect(report.findings.map((f) => f.code)).toEqual(['truncated', 'field_cuts_key']);
    expect(report.findings[1]?.message).toContain('at most 51 characters and your key has 164');
    expect(report.checkable).toBe(false);
  });

  it('notices a value changed by the site after the paste', () => {
    expect(codes({ value: key.toLowerCase() })).toContain('value_changed');
    // A single-line input drops the pasted line break: not a change.
    expect(codes({ pasted: `${key}\n` })).toEqual(['key_kind']);
  });

  it('flags autofill', () => {
    expect(codes({ trigger: 'autofill', pasted: '' })).toContain('autofilled');
  });

  it('flags plain http, but not localhost', () => {
    expect(codes({ pageUrl: 'http://chat.example/' })).toContain('insecure_page');
    expect(codes({ pageUrl: 'http://localhost:3000/' })).not.toContain('insecure_page');
    expect(codes({ pageUrl: 'http://127.0.0.1:8080/x' })).not.toContain('insecure_page');
  });

  it('flags a key that is in the page address, without repeating it', () => {
    const report = diagnoseField(event({ pageUrl: `https://tool.example/?key=${key}` })).report;
    expect(report.findings[0]?.code).toBe('key_in_url');
    expect(JSON.stringify(report)).not.toContain(key.slice(12, 40));
  });

  it('takes another provider’s key in that provider’s own field for what the field asks', () => {
    const azure = keys.azure2025();
    const report = diagnoseField(event({ value: azure, valueLength: azure.length, pasted: azure, provider: 'Azure OpenAI' })).report;
    expect(report.findings.map((f) => f.code)).toEqual(['provider_field']);
    expect(report.worst).toBe('info');
    expect(diagnoseField(event({ value: azure, valueLength: azure.length, pasted: azure, provider: 'OpenAI' })).report.worst).toBe('error');
  });

  it('flags an OpenAI key pasted into another provider’s field', () => {
    expect(codes({ provider: 'Anthropic' })).toContain('wrong_field');
    // Azure OpenAI keys are never sk- keys (openai-facts.md §3, §7).
    expect(codes({ provider: 'Azure OpenAI' })).toContain('wrong_field');
    expect(codes({ provider: null })).not.toContain('wrong_field');
  });
});
