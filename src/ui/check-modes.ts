import type { Settings } from '../shared/settings';

/** The one question Key Doctor asks: when to send a pasted key to OpenAI. Worded once, for the welcome page and the settings. */
export const CHECK_MODES: { value: Settings['autoCheck']; label: string; detail: string; chosen: string }[] = [
  {
    value: 'auto',
    label: 'Check automatically',
    detail: 'When you paste a complete-looking key, Key Doctor asks OpenAI whether it works.',
    chosen: 'Key Doctor will check pasted keys with OpenAI by itself.',
  },
  {
    value: 'ask',
    label: 'Ask me first',
    detail: 'Key Doctor offers the check beside the field; nothing is sent until you click.',
    chosen: 'Key Doctor will offer each check and send nothing until you click.',
  },
  {
    value: 'never',
    label: 'Never',
    detail: 'Only the key’s format is looked at, on this computer. Nothing is sent to OpenAI.',
    chosen: 'Key Doctor will only look at the key’s format and send nothing to OpenAI.',
  },
];
