import { OPENAI_PAGES, shown } from '../openai-pages';
import { said, type Said, type SaidValue, type Sentences } from '../said';
import type { KeyKind } from './classify-key';
import { kindSaid } from './kind';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * `paste` findings are about what surrounded the key and are fixed in the cleaned candidate;
 * `key` findings are about the candidate itself; `field` findings are about the field or page it went into;
 * `setup` findings are about the app's other settings (base URL, organization, project, model, Azure).
 */
export const SCOPES = ['paste', 'key', 'field', 'setup'] as const;
export type FindingScope = (typeof SCOPES)[number];

export const FINDING_CODES = [
  'empty',
  'too_long',
  'whitespace',
  'inner_whitespace',
  'quotes',
  'label_prefix',
  'surrounding_text',
  'invisible_characters',
  'lookalike_characters',
  'unexpected_characters',
  'masked_key',
  'truncated',
  'extra_characters',
  'doubled_key',
  'not_a_key',
  'other_provider',
  'relay_key',
  'admin_key',
  'unrecognised_format',
  'not_a_key_shape',
  'key_kind',
  'field_cuts_key',
  'value_changed',
  'autofilled',
  'insecure_page',
  'key_in_url',
  'wrong_field',
  'provider_field',
  'hint_match',
  'hint_none',
  'site_key_changed',
  // The app's setup (src/core/setup).
  'base_url_unreadable',
  'base_url_spaces',
  'base_url_http',
  'base_url_other_provider',
  'base_url_openai_other_key',
  'base_url_v1_missing',
  'base_url_v1_doubled',
  'base_url_v1_extra',
  'base_url_full_endpoint',
  'base_url_endpoint_wanted',
  'base_url_unknown_app',
  'base_url_regional',
  'base_url_relay',
  'base_url_relative',
  'base_url_no_scheme',
  'organization_shape',
  'project_shape',
  'project_in_organization',
  'organization_in_project',
  'setting_holds_key',
  'azure_form_openai_key',
  'azure_key_openai_form',
  'azure_model_as_deployment',
  'model_unavailable',
  'model_gated',
  'model_responses_only',
  // What the app did with the key (src/core/evidence).
  'site_removed_key',
  'site_refused_key',
  'saving_mask',
  'app_sends_other_key',
  'echo_is_hint',
  'app_sent_this_key',
  'app_sent_mask',
  'app_no_key',
  'app_quota',
  'app_model_access',
  'app_verification',
  'app_regional_host',
  'app_organization',
  'app_project',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  scope: FindingScope;
  /** One line for people. Never holds more of the key than its mask. */
  message: Said;
  fix?: Said;
}

/** A finding's message and its fix, one after the other. */
export const messageAndFix = (f: Finding): Sentences => (f.fix ? [f.message, f.fix] : [f.message]);

export const make = (code: FindingCode, severity: Severity, scope: FindingScope, message: Said, fix?: Said): Finding =>
  fix === undefined ? { code, severity, scope, message } : { code, severity, scope, message, fix };

const KEYS_PAGE = shown(OPENAI_PAGES.keys);
const keysPage = { page: KEYS_PAGE };

export const finding = {
  empty: () => make('empty', 'error', 'key', said('f_empty'), said('f_copy_again_paste')),
  tooLong: (length: number) => make('too_long', 'error', 'key', said('f_too_long', { length }), said('f_too_long_fix')),
  whitespace: (where: readonly Said[]) => make('whitespace', 'warning', 'paste', said('f_whitespace', { where }), said('f_whitespace_fix')),
  innerWhitespace: () => make('inner_whitespace', 'error', 'paste', said('f_inner_whitespace'), said('f_inner_whitespace_fix')),
  quotes: (what: readonly Said[]) => make('quotes', 'error', 'paste', said('f_quotes', { what }), said('f_quotes_fix')),
  labelPrefix: (label: string) => make('label_prefix', 'error', 'paste', said('f_label_prefix', { label }), said('f_label_prefix_fix')),
  surroundingText: () => make('surrounding_text', 'error', 'paste', said('f_surrounding_text'), said('f_surrounding_text_fix')),
  invisible: (names: readonly Said[], count: number) =>
    make('invisible_characters', 'error', 'paste', said('f_invisible', { count, names }), said('f_invisible_fix')),
  lookalike: (names: readonly Said[]) => make('lookalike_characters', 'error', 'key', said('f_lookalike', { names }), said('f_lookalike_fix', keysPage)),
  unexpected: (character: SaidValue, position: number) =>
    make('unexpected_characters', 'error', 'key', said('f_unexpected', { character, position }), said('f_unexpected_fix')),
  masked: () => make('masked_key', 'error', 'key', said('f_masked'), said('f_masked_fix', keysPage)),
  truncated: (detail: Said) => make('truncated', 'error', 'key', said('f_truncated', { detail }), said('f_truncated_fix')),
  extra: (count: number) => make('extra_characters', 'error', 'key', said('f_extra', { count }), said('f_extra_fix')),
  doubled: (same: boolean) =>
    same
      ? make('doubled_key', 'error', 'key', said('f_doubled_same'), said('f_doubled_same_fix'))
      : make('doubled_key', 'error', 'key', said('f_doubled_different'), said('f_doubled_different_fix')),
  notAKey: (what: Said, where: Said) => make('not_a_key', 'error', 'key', said('f_not_a_key', { what, where }), said('f_not_a_key_fix', keysPage)),
  otherProvider: (provider: SaidValue) => make('other_provider', 'error', 'key', said('f_other_provider', { provider }), said('f_other_provider_fix')),
  relay: (whose: SaidValue) => make('relay_key', 'warning', 'key', said('f_relay', { whose }), said('f_relay_fix')),
  admin: () => make('admin_key', 'error', 'key', said('f_admin'), said('f_admin_fix', keysPage)),
  unrecognised: (why: Said) => make('unrecognised_format', 'warning', 'key', said('f_unrecognised', { why }), said('f_unrecognised_fix')),
  notKeyShape: () => make('not_a_key_shape', 'error', 'key', said('f_not_key_shape'), said('f_not_key_shape_fix', keysPage)),
  fieldCutsKey: (maxLength: number, length: number) =>
    make('field_cuts_key', 'error', 'field', said('f_field_cuts_key', { length, maxLength }), said('f_field_cuts_key_fix')),
  valueChanged: (count: number, pasted: number) =>
    make('value_changed', 'error', 'field', said('f_value_changed', { count, pasted }), said('f_value_changed_fix')),
  siteRemovedKey: (cleanKey: boolean) =>
    cleanKey
      ? make('site_removed_key', 'error', 'setup', said('f_site_removed_clean'), said('f_site_removed_clean_fix'))
      : make('site_removed_key', 'error', 'setup', said('f_site_removed'), said('f_site_removed_fix')),
  savingMask: () => make('saving_mask', 'error', 'field', said('f_saving_mask'), said('f_saving_mask_fix')),
  autofilled: () => make('autofilled', 'warning', 'field', said('f_autofilled'), said('f_autofilled_fix')),
  insecurePage: () => make('insecure_page', 'warning', 'field', said('f_insecure_page'), said('f_insecure_page_fix')),
  keyInUrl: () => make('key_in_url', 'error', 'field', said('f_key_in_url'), said('f_key_in_url_fix', keysPage)),
  wrongField: (provider: string) => make('wrong_field', 'error', 'field', said('f_wrong_field', { provider }), said('f_wrong_field_fix', { provider })),
  providerField: (provider: string) => make('provider_field', 'info', 'field', said('f_provider_field', { provider })),
  hintMatch: (label: SaidValue) => make('hint_match', 'info', 'key', said('f_hint_match', { label })),
  hintNone: (count: number) => make('hint_none', 'warning', 'key', said('f_hint_none', { count }), said('f_hint_none_fix')),
  siteKeyChanged: (mask: string, ago: number) =>
    make('site_key_changed', 'warning', 'key', said('f_site_key_changed', { mask, when: { ago } }), said('f_site_key_changed_fix')),
  kind: (kind: KeyKind, length: number) => make('key_kind', 'info', 'key', said('f_key_kind', { kind: kindSaid(kind), length })),
};
