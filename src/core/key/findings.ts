import { OPENAI_PAGES, shown } from '../openai-pages';

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
  /** One line for people. Never contains more of the key than its mask. */
  message: string;
  fix?: string;
}

const KEYS_PAGE = shown(OPENAI_PAGES.keys);

export const make = (code: FindingCode, severity: Severity, scope: FindingScope, message: string, fix?: string): Finding =>
  fix === undefined ? { code, severity, scope, message } : { code, severity, scope, message, fix };

/** "an Anthropic key", "a Google Gemini key"; a name that already says whose ("a relay’s …") is left as it is. */
export const aKeyOf = (whose: string) => (/^(?:a|an) /.test(whose) ? `${whose} key` : `${/^[AEIOU]/i.test(whose) ? 'an' : 'a'} ${whose} key`);

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const finding = {
  empty: () => make('empty', 'error', 'key', 'Nothing was pasted: the text is empty or only spaces.', 'Copy the key again and paste it.'),
  tooLong: (length: number) =>
    make('too_long', 'error', 'key', `This is ${length.toLocaleString('en-US')} characters long — far longer than any API key (at most about 200).`, 'Paste only the key, not a whole file or message.'),
  whitespace: (where: readonly string[]) =>
    make('whitespace', 'warning', 'paste', `The paste has ${list(where)}. Unless this site trims it, OpenAI will reject the key.`, 'Remove the spaces and line breaks; the cleaned key is shown here.'),
  innerWhitespace: () =>
    make('inner_whitespace', 'error', 'paste', 'The key is broken by a space or line break in the middle, as happens when it is copied from wrapped text.', 'Join the pieces into one line, or copy the key again from a single line.'),
  quotes: (what: readonly string[]) =>
    make('quotes', 'error', 'paste', `The key is wrapped in ${list(what)}. They become part of the key and OpenAI will reject it.`, 'Paste only the characters of the key, without the quotes.'),
  labelPrefix: (label: string) =>
    make('label_prefix', 'error', 'paste', `The paste starts with “${label}”. The site adds its own label when it sends the key, so this text would be sent as part of the key and rejected.`, 'Paste only the key, starting with sk-.'),
  surroundingText: () =>
    make('surrounding_text', 'error', 'paste', 'The paste has other text around the key.', 'Paste only the key itself.'),
  invisible: (names: readonly string[], count: number) =>
    make('invisible_characters', 'error', 'paste', `The paste hides ${plural(count, 'invisible character')} (${list(names)}). They are sent with the key and OpenAI rejects it.`, 'Remove them: type the field empty and paste the cleaned key, or copy the key again from the OpenAI dashboard.'),
  lookalike: (names: readonly string[]) =>
    make('lookalike_characters', 'error', 'key', `The key contains characters that only look like letters or dashes (${list(names)}), as happens when text passes through a word processor, chat app or translator.`, `Copy the key again straight from ${KEYS_PAGE} or your password manager.`),
  unexpected: (description: string, position: number) =>
    make('unexpected_characters', 'error', 'key', `Character ${position} is ${description}, which never appears in an API key.`, 'Copy the key again; it was changed on the way.'),
  masked: () =>
    make('masked_key', 'error', 'key', 'This is the shortened form of a key shown in key lists and error messages (like sk-proj-…abcd), not the key itself.', `OpenAI shows a full key only once, when it is created. If you did not save it, create a new key at ${KEYS_PAGE}.`),
  truncated: (detail: string) =>
    make('truncated', 'error', 'key', `The key is cut short: ${detail}.`, 'Copy the whole key again. If it is cut again, the field may have a length limit — tell the site’s support.'),
  extra: (extra: number) =>
    make('extra_characters', 'error', 'key', `The key has ${plural(extra, 'extra character')} at the end.`, 'Copy the key again and paste it alone.'),
  doubled: (same: boolean) =>
    same
      ? make('doubled_key', 'error', 'key', 'The key was pasted twice in a row.', 'Clear the field and paste once.')
      : make('doubled_key', 'error', 'key', 'Two different keys are run together here.', 'Clear the field and paste only the key you want to use.'),
  notAKey: (what: string, where: string) =>
    make('not_a_key', 'error', 'key', `This is ${what}, not an API key. ${where}`, `API keys start with sk- and are created at ${KEYS_PAGE}.`),
  otherProvider: (provider: string) =>
    make('other_provider', 'error', 'key', `This looks like ${aKeyOf(provider)}, not an OpenAI key.`, 'If the site can use that provider, choose it in the site’s provider or base-URL setting; otherwise paste an OpenAI key.'),
  relay: (whose: string) =>
    make('relay_key', 'warning', 'key', `This is not an OpenAI key: it has the shape of ${whose} key (sk- and 48 letters and digits, without the mark every OpenAI key carries).`, 'It works only where the site’s base URL points at that service. For api.openai.com use a key from OpenAI.'),
  admin: () =>
    make('admin_key', 'error', 'key', 'This is an admin key. Admin keys manage an organization and cannot call the models.', `Create a project key at ${KEYS_PAGE} and use that here.`),
  unrecognised: (why: string) =>
    make('unrecognised_format', 'warning', 'key', `This starts like an OpenAI key but has a shape Key Doctor does not know: ${why}. Only OpenAI can say whether it works.`, 'Check the key with OpenAI; if it fails, copy it again.'),
  notKeyShape: () =>
    make('not_a_key_shape', 'error', 'key', 'This does not look like an API key: OpenAI keys start with sk- and are long strings of letters and digits.', `Copy your key from ${KEYS_PAGE} or wherever you saved it.`),
  fieldCutsKey: (maxLength: number, length: number) =>
    make('field_cuts_key', 'error', 'field', `This field takes at most ${maxLength} characters and your key has ${length}: the site cuts it off.`, 'Tell the site’s support that the field is too short for current OpenAI keys; an older, shorter key type will not help.'),
  valueChanged: (held: number, pasted: number) =>
    make('value_changed', 'error', 'field', `This site changed the key you pasted: the field now holds ${plural(held, 'character')} that are not your ${pasted}-character key, and that is what the app would save and send.`, 'The site’s own clean-up or check is out of date for current keys: tell its support. Clear the field and paste again to see whether it happens again.'),
  siteRemovedKey: (cleanKey: boolean) =>
    cleanKey
      ? make('site_removed_key', 'error', 'setup', 'This site removed the key you pasted: its own check does not accept this (valid) key format — current keys are up to 164 characters and start with sk-proj-.', 'Tell the site’s support that its key check is out of date; an older key type will not help.')
      : make('site_removed_key', 'error', 'setup', 'This site removed what you pasted from the field.', 'Fix what is wrong with the paste (below), then paste the key alone.'),
  savingMask: () =>
    make('saving_mask', 'error', 'field', 'The key field holds a masked placeholder, not a key: the app is about to save or send the mask.', 'Clear the field, paste your whole key, then save again.'),
  autofilled: () =>
    make('autofilled', 'warning', 'field', 'Your browser or password manager filled this field by itself.', 'Make sure it filled in your API key and not a saved password.'),
  insecurePage: () =>
    make('insecure_page', 'warning', 'field', 'This page is not secure (http): the key would travel unencrypted.', 'Use the site’s https:// address before you enter a key.'),
  keyInUrl: () =>
    make('key_in_url', 'error', 'field', 'Your key is in this page’s address, so it is in your history and possibly in server logs.', `Treat it as leaked: revoke it at ${KEYS_PAGE} and create a new one.`),
  wrongField: (provider: string) =>
    make('wrong_field', 'error', 'field', `This field is for ${provider} keys, and this is an OpenAI key.`, `Paste it into the OpenAI field, or paste a ${provider} key here.`),
  providerField: (provider: string) => make('provider_field', 'info', 'field', `This is a ${provider} key, as this field asks.`),
  hintMatch: (label: string) => make('hint_match', 'info', 'key', `This is your key “${label}”.`),
  hintNone: (count: number) =>
    make('hint_none', 'warning', 'key', `This key matches none of your ${count} saved key hints.`, 'If you meant one of them, copy that key again; if this one is new, add it as a hint in Key Doctor’s settings.'),
  siteKeyChanged: (mask: string, when: string) =>
    make('site_key_changed', 'warning', 'key', `This is not the key you used on this site last time (${mask}, ${when}).`, 'If the site should keep using that key, paste that one; if you meant to change keys, all is well.'),
  kind: (label: string, length: number) =>
    make('key_kind', 'info', 'key', `Looks like a complete OpenAI ${label} (${length} characters).`),
};
