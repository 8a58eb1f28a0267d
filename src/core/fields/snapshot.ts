/** Plain data about a form field, read from the DOM by the content script. No DOM types here. */
export interface FieldSnapshot {
  tag: 'input' | 'textarea' | 'contenteditable';
  /** Input type, lower case ('text', 'password', …); '' for textarea and contenteditable. */
  type: string;
  name: string;
  id: string;
  placeholder: string;
  autocomplete: string;
  ariaLabel: string;
  /** Text of the field's labels: label[for], wrapping label, aria-labelledby, table header, nearby heading. */
  labelText: string;
  /** The field's maxlength, or null when it has none. */
  maxLength: number | null;
  /** Names of other fields in the same form or dialog, lower case. */
  neighbours: string[];
  /** Rendered and at least a few pixels in each direction: hidden and tiny fields are traps or honeypots. */
  visible: boolean;
}
