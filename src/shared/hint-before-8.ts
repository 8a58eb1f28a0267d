import type { KeyKind } from '../core/key/classify-key';

/** The English names hints were stored and exported with until storage version 8 (only OpenAI-style keys become hints). */
const KIND_BY_NAME: Readonly<Record<string, KeyKind>> = {
  'OpenAI service account key': 'service_account',
  'OpenAI service account key (named, 2024 form)': 'service_account',
  'OpenAI admin key': 'admin',
  'OpenAI project key': 'project',
  'OpenAI organization-level user key': 'org_user',
  'OpenAI legacy user key': 'legacy',
  'OpenAI-style key': 'unrecognised_openai',
};

/** A hint as stored or exported before version 8, in today's form: its key's kind instead of its English name, an unnamed one no name. */
export function hintFromBefore8(hint: unknown): unknown {
  if (typeof hint !== 'object' || hint === null) return hint;
  const { kindLabel, ...rest } = hint as Record<string, unknown>;
  return { ...rest, kind: KIND_BY_NAME[String(kindLabel)] ?? 'unrecognised_openai', label: rest.label === 'Unnamed key' ? '' : rest.label };
}
