import type { FieldSnapshot } from '../core/fields';
import { TEXT_INPUT_TYPES } from '../core/fields/score';
import { shadowRootOf } from '../shared/browser-api/runtime';
import { byId, matchesSelector, pageBody, query, queryAll, textWalker } from './safe-dom';

export type KeyFieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const TEXT_LIMIT = 200;
const clip = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, TEXT_LIMIT);

function editable(node: unknown): KeyFieldElement | undefined {
  // A checkbox, radio or button is never a key field: a page's `click()` on one fires a trusted input event.
  if (node instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(node.type) ? node : undefined;
  if (node instanceof HTMLTextAreaElement) return node;
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
    .map((id) => byId(root, id)?.textContent ?? '')
    .join(' ');
}

function tableHeader(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const rowHeader = query(row, 'th')?.textContent;
  const table = cell.closest('table');
  const column = table ? queryAll(table, 'thead th')[[...row.children].indexOf(cell)]?.textContent : '';
  return `${rowHeader ?? ''} ${column ?? ''}`;
}

const CONTROLS = 'input,select,textarea';
const SHORT_TEXT = 80;

/**
 * The block of settings a field belongs to: its form, dialog, fieldset, table or section — or, in
 * apps built of plain divs, the nearest ancestor (up to four up) that still holds only a few fields.
 */
export function settingsScope(el: Element): Element | null {
  const marked = el.closest('form,dialog,[role=dialog],fieldset,table,section,[role=tabpanel]');
  if (marked && queryAll(marked, CONTROLS).length > 1) return marked;
  // A form of its own per field (n8n), or plain divs: climb, but not past a dialog or into the whole page.
  let scope = marked ?? el.parentElement;
  for (let up = 0; up < 4 && scope?.parentElement && scope.parentElement !== pageBody() && !matchesSelector(scope, 'dialog,[role=dialog]'); up++) {
    if (queryAll(scope.parentElement, CONTROLS).length > 30) break;
    scope = scope.parentElement;
  }
  return scope;
}

/** The first words of an element: a caption's title, without the hint or the "*" that follow it. */
function firstWords(el: Element): string {
  const walker = textWalker(el);
  for (let node = walker.nextNode(), seen = 0; node && seen < 20; node = walker.nextNode(), seen++) {
    const text = clip(node.textContent);
    if (text) return text;
  }
  return '';
}

/** Text a person reads as the field's caption: in the row above, or the nearest earlier sibling, up to three levels up. */
function captionAbove(el: Element): string {
  let node: Element | null = el;
  for (let up = 0; up < 3 && node; up++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling, seen = 0; sibling && seen < 2; sibling = sibling.previousElementSibling, seen++) {
      if (matchesSelector(sibling, CONTROLS) || query(sibling, CONTROLS)) break;
      const text = firstWords(sibling);
      if (text && text.length <= SHORT_TEXT) return text;
    }
  }
  return '';
}

/** The heading of the block the field is in (the provider is often named only there). */
function headingOf(el: Element): string {
  let node: Element | null = el.parentElement;
  for (let up = 0; up < 6 && node && node !== pageBody(); up++, node = node.parentElement) {
    const heading = query(node, 'h1,h2,h3,h4,legend,[role=heading]');
    if (heading && heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return clip(heading.textContent).slice(0, SHORT_TEXT);
  }
  return '';
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
  add(captionAbove(el));
  const dialog = el.closest('dialog,[role=dialog],fieldset');
  add(dialog ? (dialog.getAttribute('aria-label') ?? query(dialog, 'h1,h2,h3,legend')?.textContent) : headingOf(el));
  return clip([...parts].join(' · '));
}

function neighbours(el: KeyFieldElement): string[] {
  const scope = settingsScope(el);
  if (!scope) return [];
  return queryAll(scope, CONTROLS)
    .filter((other) => other !== el)
    .slice(0, 12)
    .map((other) => clip(`${other.getAttribute('name') ?? ''} ${other.id} ${other.getAttribute('placeholder') ?? ''} ${other.getAttribute('aria-label') ?? ''}`).toLowerCase());
}

function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width >= 8 && rect.height >= 8 && getComputedStyle(el).visibility !== 'hidden';
}

/** What names a field, without looking at its neighbours or its box: for reading the settings around a key field. */
export function describe(el: Element): Pick<FieldSnapshot, 'name' | 'id' | 'placeholder' | 'ariaLabel' | 'labelText'> {
  return {
    name: clip(el.getAttribute('name')),
    id: clip(el.id),
    placeholder: clip(el.getAttribute('placeholder')),
    ariaLabel: clip(el.getAttribute('aria-label')),
    labelText: labelText(el as KeyFieldElement),
  };
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

/** A short name for the field, for people: its own label (not the heading around it), else its placeholder or name; empty when it has none (the popup names it). */
export function fieldName(snapshot: Pick<FieldSnapshot, 'labelText' | 'ariaLabel' | 'placeholder' | 'name'>): string {
  const ownLabel = snapshot.labelText.split(' · ')[0] ?? '';
  return clip(ownLabel || snapshot.ariaLabel || snapshot.placeholder || snapshot.name || '');
}

export function fieldValue(el: KeyFieldElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}
