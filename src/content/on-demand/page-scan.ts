import { scoreField } from '../../core/fields/score';
import { MAX_PAGE_FIELDS } from '../../core/limits';
import { shadowRootOf } from '../../shared/browser-api/runtime';
import type { FieldInfo } from '../../shared/schemas';
import { fieldName, type KeyFieldElement, snapshotOf } from '../field-snapshot';
import { queryAll } from '../safe-dom';

const EDITABLE = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button]), textarea, [contenteditable=""], [contenteditable=true]';

/** Every editable in a document and its shadow roots (open and closed). Frames scan themselves. */
function* editables(root: Document | ShadowRoot, depth = 0): Generator<KeyFieldElement> {
  if (depth > 8) return;
  yield* queryAll(root, EDITABLE) as KeyFieldElement[];
  for (const element of queryAll(root, '*')) {
    const shadow = shadowRootOf(element);
    if (shadow) yield* editables(shadow, depth + 1);
  }
}

/** On demand only, when the popup opens: the key fields in this frame and why each was recognised. */
export function scanPage(): FieldInfo[] {
  const found: FieldInfo[] = [];
  for (const element of editables(document)) {
    const snapshot = snapshotOf(element);
    const verdict = scoreField(snapshot);
    if (verdict.isKeyField) found.push({ label: fieldName(snapshot), provider: verdict.provider, reasons: verdict.reasons });
    if (found.length >= MAX_PAGE_FIELDS) break;
  }
  return found;
}
