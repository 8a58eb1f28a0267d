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

  options_title: 'Key Doctor settings',
  options_loading: 'Loading settings…',
  options_checks_heading: 'Checks',
  options_check_mode_legend: 'Check pasted keys with OpenAI',
  options_status_label: 'Read OpenAI’s status page',
  options_status_detail: 'So Key Doctor can tell an outage from a bad key.',
  options_extras_heading: 'Extra checks — off unless you switch them on',
  options_credit_label: 'Check for credit',
  options_credit_detail: 'After OpenAI accepts a key, Key Doctor asks the cheapest model your key lists (a dated version when there is one) for a one-token answer. It is the only way to see “no credit”; a success means the key can make requests now, not that paid credit is left (new accounts get a small free allowance). Each check costs a fraction of a cent, billed to the key’s project, and runs at most once per key every ten minutes.',
  options_account_label: 'Show whose key it is',
  options_account_detail: 'After OpenAI accepts a key, Key Doctor asks OpenAI for the account behind it ({endpoint}). OpenAI answers with the owner’s name, email and organizations; Key Doctor shows only the organizations’ names, next to the field, and keeps none of it.',
  options_keeps_heading: 'What Key Doctor keeps',
  options_keeps_body: 'Never your key. A key exists only in the field you pasted it into, in memory while it is checked, and in the request to {host}. Key Doctor stores these settings, your key hints, the per-site memory (masks, fingerprints and times) and a random value used to recognise a key again without keeping it.',
  options_saved: 'Saved.',
  options_load_failed: 'Could not load settings. Reload this page to try again.',
  options_save_failed: 'Could not save that change. Try again.',

  hints_heading: 'Key hints',
  hints_intro: 'Paste a key to remember it as a hint: Key Doctor keeps its label, kind, first characters, last four, length and a salted fingerprint — never the key — and then tells you, at the moment you paste, which of your keys it is. Hints stay in this browser’s local storage, not in sync storage, so even these details never leave this machine.',
  hints_label: 'Label',
  hints_label_placeholder: 'e.g. Work – Marketing',
  hints_key: 'Key',
  hints_add: 'Add hint',
  hints_none: 'No hints yet.',
  hints_label_of: 'Label of {label}',
  hints_kind_length_one: '{kind}, {count} character',
  hints_kind_length_other: '{kind}, {count} characters',
  hints_note_of: 'Note on {label}',
  hints_note_placeholder: 'Note (e.g. org Work, project Marketing)',
  hints_move_up: 'Move {label} up',
  hints_move_down: 'Move {label} down',
  hints_delete_named: 'Delete {label}',
  hints_delete: 'Delete',
  hints_load_failed: 'Could not load your key hints.',
  hints_change_failed: 'That change could not be saved. Try again.',
  hints_add_failed: 'The hint could not be added. Try again.',

  sites_heading: 'Sites',
  sites_intro: 'For each site where you paste a complete key, Key Doctor remembers its mask, fingerprint and when — to tell you when a site gets a different key than last time. Nothing of it is sent anywhere.',
  sites_remember_for: 'Remember for',
  sites_days_one: '{count} day',
  sites_days_other: '{count} days',
  sites_none: 'No site remembered.',
  sites_forget_all: 'Forget all sites',
  silent_heading: 'Stay silent on these sites',
  silent_site: 'Site',
  silent_add: 'Add site',
  silent_not_an_address: 'That is not a web address.',
  silent_remove_named: 'Stop staying silent on {origin}',
  silent_remove: 'Remove',

  transfer_heading: 'Import and export',
  transfer_export: 'Export hints and settings',
  transfer_import: 'Import a file',
  transfer_exported_one: 'Exported {count} hint and your settings. The file holds no key.',
  transfer_exported_other: 'Exported {count} hints and your settings. The file holds no key.',
  transfer_could_not_run: 'The import could not run.',
  transfer_nothing_changed: '{error} Nothing was changed.',
  transfer_imported_one: 'Imported your settings and {count} new hint; the hints you had are kept.',
  transfer_imported_other: 'Imported your settings and {count} new hints; the hints you had are kept.',
  transfer_skipped_one: 'Skipped {count}: {list}.',
  transfer_skipped_other: 'Skipped {count}: {list}.',
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
  options_account_detail: '{endpoint} is the API call, GET /v1/me: keep it as it is.',
  transfer_nothing_changed: '{error} is what was wrong with the file, a sentence of its own.',
  transfer_skipped_other: '{list} names each skipped entry and why.',
};
