import type { MessageKey } from '../core/catalogs/en';
import type { Settings } from '../shared/settings';

/** The one question Key Doctor asks: when to send a pasted key to OpenAI. Worded once, for the welcome page and the settings. */
export const CHECK_MODES: { value: Settings['autoCheck']; label: MessageKey; detail: MessageKey; chosen: MessageKey }[] = [
  { value: 'auto', label: 'check_mode_auto_label', detail: 'check_mode_auto_detail', chosen: 'check_mode_auto_chosen' },
  { value: 'ask', label: 'check_mode_ask_label', detail: 'check_mode_ask_detail', chosen: 'check_mode_ask_chosen' },
  { value: 'never', label: 'check_mode_never_label', detail: 'check_mode_never_detail', chosen: 'check_mode_never_chosen' },
];
