import { words } from '../../core/fields/score';
import { type AppSettings, readSetting } from '../../core/setup/readings';
import { settingRoleOf } from '../../core/setup/roles';
import { describe, fieldName, type KeyFieldElement, settingsScope } from '../field-snapshot';
import { pageTitle, queryAll } from '../safe-dom';

/** At most this many of the block's fields are looked at: one bounded pass. */
const MAX_CONTROLS = 40;
const SKIPPED_TYPES = new Set(['password', 'hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image']);
/** Fields that may hold a secret are not read at all, whatever their value. */
const SECRET_WORDS = /\bkey\b|\bsecret\b|\btoken\b|\bpassword\b|\bpasscode\b|\bcredential\b/;

/** What a person sees in a field: a select's chosen option, a combobox's shown value. */
function shownValue(control: Element): string {
  if (control instanceof HTMLSelectElement) {
    const option = control.selectedOptions[0];
    return option ? (option.label || option.text || option.value) : '';
  }
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control.value;
  return control.textContent ?? '';
}

/**
 * The app's settings beside a key field — base URL, organization, project, model, Azure endpoint,
 * deployment, API version — read only after a person's paste or edit, each value checked against
 * its shape before it may leave the page. Password fields and other key fields are never read.
 */
export function readAppSettings(keyField: KeyFieldElement): AppSettings {
  const settings: AppSettings = { title: pageTitle().replace(/\s+/g, ' ').trim().slice(0, 120) };
  const scope = settingsScope(keyField);
  if (!scope) return settings;
  const controls = queryAll(scope, 'input,select,textarea,[role=combobox]').slice(0, MAX_CONTROLS);
  for (const control of controls) {
    if (control === keyField || control.contains(keyField) || !(control instanceof HTMLElement)) continue;
    if (control instanceof HTMLInputElement && SKIPPED_TYPES.has(control.type)) continue;
    const named = describe(control);
    // The field's own words and its own label, not the heading of the block it is in.
    const own = words(`${named.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2')} ${named.id.replace(/([a-z0-9])([A-Z])/g, '$1 $2')} ${named.ariaLabel} ${named.placeholder}`);
    const label = fieldName(named);
    // What a person reads of the field, not its id (LobeChat's base URL is `keyVaults_baseURL`).
    if (SECRET_WORDS.test(words(`${named.ariaLabel} ${named.placeholder} ${label}`))) continue;
    const role = settingRoleOf(own) ?? settingRoleOf(words(label));
    if (!role || settings[role]) continue;
    const reading = readSetting(role, label, shownValue(control));
    if (reading) settings[role] = reading;
  }
  return settings;
}
