import { english } from '../../../test/words';
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
    expect(english(report.findings[1]?.message)).toContain('at most 51 characters and your key has 164');
    expect(report.checkable).toBe(false);
  });

  it('says first that the site changed the key, and asks OpenAI nothing about what the site made of it', () => {
    const report = diagnoseField(event({ value: key.replace(/[-_]/g, ''), valueLength: key.replace(/[-_]/g, '').length })).report;
    expect(report.findings[0]).toMatchObject({ code: 'value_changed', severity: 'error' });
    expect(english(report.findings[0]?.message)).toContain('This site changed the key you pasted');
    expect(report.checkable).toBe(false);
    expect(codes({ value: key.toLowerCase() })).toContain('value_changed');
    // A single-line input drops the pasted line break: not a change.
    expect(codes({ pasted: `${key}\n` })).toEqual(['key_kind']);
  });

  it('an emptied field after a paste is the site’s doing: the pasted key is judged, and that is said first', () => {
    const report = diagnoseField(event({ value: '', valueLength: 0 })).report;
    expect(report.findings.map((f) => f.code)).toEqual(['site_removed_key', 'key_kind']);
    expect(english(report.findings[0]?.message)).toContain('its own check does not accept this (valid) key format');
    // The key itself is fine: OpenAI may be asked about it.
    expect(report).toMatchObject({ checkable: true, mask: `${key.slice(0, 12)}…${key.slice(-4)}` });
  });

  it('an emptied field after a paste with junk: removed, with what is wrong with the paste', () => {
    const report = diagnoseField(event({ value: '', valueLength: 0, pasted: `"${key}"` })).report;
    expect(report.findings[0]?.code).toBe('site_removed_key');
    expect(english(report.findings[0]?.message)).toBe('This site removed what you pasted from the field.');
    expect(report.findings.map((f) => f.code)).toContain('quotes');
  });

  it('an emptied field after pasting something that is no key says nothing of the site', () => {
    expect(codes({ value: '', valueLength: 0, pasted: 'hello world' })).not.toContain('site_removed_key');
  });

  it('a mask in the field at a save or test click: the app is about to save it', () => {
    const report = diagnoseField(event({ value: `sk-…${key.slice(-4)}`, valueLength: 8, pasted: '', trigger: 'save' })).report;
    expect(report.findings.map((f) => f.code)).toEqual(['saving_mask']);
    expect(codes({ value: '••••••••', valueLength: 8, pasted: '', trigger: 'save' })).toEqual(['saving_mask']);
    expect(codes({ value: 'sk-a****', valueLength: 8, pasted: '', trigger: 'save' })).toEqual(['saving_mask']);
    expect(codes({ value: key, pasted: '', trigger: 'save' })).toEqual(['key_kind']);
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
