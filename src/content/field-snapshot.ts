import type { FieldSnapshot } from '../core/fields';
import { shadowRootOf } from '../shared/browser-api/runtime';

export type KeyFieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const TEXT_LIMIT = 200;
const clip = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, TEXT_LIMIT);

function editable(node: unknown): KeyFieldElement | undefined {
  if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return node;
  if (node instanceof HTMLElement && node.isContentEditable) return node;
  return undefined;
}

/**
 * The editable element an event happened in. Open shadow roots show it in the composed path; a
 * closed one hides it behind its host, so look for the focused element inside, as far as we may.
 */
export function editableTarget(event: Event): KeyFieldElement | undefined {
  let node = event.composedPath()[0];
  for (let depth = 0; depth < 8 && node instanceof Element && !editable(node); depth++) {
    const root = shadowRootOf(node);
    if (!root?.activeElement) break;
    node = root.activeElement;
  }
  return editable(node);
}

function byIds(root: Document | ShadowRoot, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ');
}

function tableHeader(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const rowHeader = row.querySelector('th')?.textContent;
  const table = cell.closest('table');
  const column = table?.querySelectorAll('thead th')[[...row.children].indexOf(cell)]?.textContent;
  return `${rowHeader ?? ''} ${column ?? ''}`;
}

function labelText(el: KeyFieldElement): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const parts = new Set<string>();
  const add = (text: string | null | undefined) => {
    const clipped = clip(text);
    if (clipped) parts.add(clipped);
  };
  if ('labels' in el && el.labels) for (const label of el.labels) add(label.textContent);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) add(byIds(root, labelledBy));
  add(tableHeader(el));
  const previous = el.previousElementSibling;
  if (previous && !previous.matches('input,textarea,select')) add(previous.textContent);
  const dialog = el.closest('dialog,[role=dialog],fieldset');
  if (dialog) add(dialog.getAttribute('aria-label') ?? dialog.querySelector('h1,h2,h3,legend')?.textContent);
  return clip([...parts].join(' · '));
}

function neighbours(el: KeyFieldElement): string[] {
  const scope = el.closest('form,dialog,[role=dialog],fieldset,table,section') ?? el.parentElement;
  if (!scope) return [];
  return [...scope.querySelectorAll('input,select,textarea')]
    .filter((other) => other !== el)
    .slice(0, 12)
    .map((other) => clip(`${other.getAttribute('name') ?? ''} ${other.id} ${other.getAttribute('placeholder') ?? ''} ${other.getAttribute('aria-label') ?? ''}`).toLowerCase());
}

function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width >= 8 && rect.height >= 8 && getComputedStyle(el).visibility !== 'hidden';
}

export function snapshotOf(el: KeyFieldElement): FieldSnapshot {
  const isInput = el instanceof HTMLInputElement;
  const maxLength = isInput || el instanceof HTMLTextAreaElement ? el.maxLength : -1;
  return {
    tag: isInput ? 'input' : el instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable',
    type: isInput ? el.type.toLowerCase() : '',
    name: clip(el.getAttribute('name')),
    id: clip(el.id),
    placeholder: clip(el.getAttribute('placeholder')),
    autocomplete: clip(el.getAttribute('autocomplete')).toLowerCase(),
    ariaLabel: clip(el.getAttribute('aria-label')),
    labelText: labelText(el),
    maxLength: maxLength >= 0 ? maxLength : null,
    neighbours: neighbours(el),
    visible: isVisible(el),
  };
}

/** A short name for the field, for people: its label, else its placeholder or name. */
export function fieldName(snapshot: FieldSnapshot): string {
  return clip(snapshot.labelText || snapshot.ariaLabel || snapshot.placeholder || snapshot.name || 'a key field');
}

export function fieldValue(el: KeyFieldElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}
