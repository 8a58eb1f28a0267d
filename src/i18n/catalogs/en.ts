/**
 * English: the source catalog. Every key the extension shows, with `{name}` placeholders (numbered
 * alphabetically for the browser, see ../placeholders.ts). Plurals are `key_one` / `key_other` (and
 * the other forms a language needs, by Intl.PluralRules). The other locales must have exactly these
 * keys and, in each message, the same placeholders (their type and catalogs.test.ts say so).
 */
export const en = {
  extensionName: 'Key Doctor',
  extensionDescription: 'Catches a broken OpenAI API key as you paste it into a site, and tells you exactly what is wrong and how to fix it.',

  check_mode_auto_label: 'Check automatically',
  check_mode_auto_detail: 'When you paste a complete-looking key, Key Doctor asks OpenAI whether it works.',
  check_mode_auto_chosen: 'Key Doctor will check pasted keys with OpenAI by itself.',
  check_mode_ask_label: 'Ask me first',
  check_mode_ask_detail: 'Key Doctor offers the check beside the field; nothing is sent until you click.',
  check_mode_ask_chosen: 'Key Doctor will offer each check and send nothing until you click.',
  check_mode_never_label: 'Never',
  check_mode_never_detail: 'Only the key’s format is looked at, on this computer. Nothing is sent to OpenAI.',
  check_mode_never_chosen: 'Key Doctor will only look at the key’s format and send nothing to OpenAI.',
  check_mode_not_chosen: 'You have not chosen yet: until you do, Key Doctor asks before each check.',

  welcome_title: 'Welcome to Key Doctor',
  welcome_intro: 'When you paste an OpenAI API key into a site or an app, Key Doctor checks it right there: text around the key, a cut-off or masked copy, another provider’s key, or settings (base URL, organization, project, model) that will not work with it. It tells you what is wrong and how to fix it.',
  welcome_sends_heading: 'What it sends, and where',
  welcome_sends_key: 'To know whether OpenAI accepts a key, Key Doctor sends that key to OpenAI ({host}, or the regional host the app uses), in the request’s Authorization header, as the app would. Nowhere else.',
  welcome_sends_status: 'It reads OpenAI’s public status page ({host}) to tell an outage from a bad key. This can be switched off.',
  welcome_keeps: 'It never stores your key. It keeps only its settings, the key hints you add, and per site a masked copy and a fingerprint.',
  welcome_question: 'When you paste a key, should Key Doctor check it with OpenAI?',
  welcome_until_answered: 'Until you answer, Key Doctor asks before each check.',
  welcome_save: 'Save my choice',
  welcome_choose_first: 'Choose one of the three answers first.',
  welcome_save_failed: 'Could not save your choice. Try again.',
  welcome_saved: 'Saved. {choice}',
  welcome_change_later: 'You can change this any time in Key Doctor’s settings. You can close this tab.',
  welcome_open_settings: 'Open the settings',

  host_access_title: 'Key Doctor cannot see websites',
  host_access_body: 'Its access to websites was switched off, so it cannot look at the key fields you paste into. It needs that access only to read those fields beside you; from the pages, only the key you paste (with the app’s organization and project) ever goes anywhere: to OpenAI, to check it.',
  host_access_allow: 'Allow access to websites',
  host_access_refused: 'Access was not granted. You can allow it later from here or in the browser’s extension settings.',

  confirm_cancel: 'Cancel',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** Keys with plural forms: `tp(base, count)` picks `base_one`, `base_other`, … */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** What translators are told about a message, where its words alone do not say. */
export const DESCRIPTIONS: Partial<Record<MessageKey, string>> = {
  extensionName: 'The extension’s name: keep “Key Doctor” as it is.',
  extensionDescription: 'The extension’s description in the store and on the extensions page (at most 132 characters).',
  welcome_saved: '{choice} is one of the check_mode_*_chosen sentences.',
};
