import { MAX_EVIDENCE_TEXT, type PageEvidence, readPageText } from '../../core/page-evidence/page-text';
import { shadowRootOf } from '../../shared/browser-api/runtime';
import { settingsScope } from '../field-snapshot';
import { isOwnWarning } from '../warning/inline-warning';
import { pageRoot, queryAll } from '../safe-dom';

/** How long after a key-field event the page's messages are read; then the watch stops by itself. */
export const WATCH_MS = 8000;
/** When the field's value is looked at again: a site may empty it a moment after the paste. */
const FIELD_LOOKS_MS = [300, 1000, 3000];
const NODES_PER_BATCH = 60;
const NODES_PER_TEXT = 2000;
const ROOTS_WATCHED = 20;
const REPORTS_PER_WATCH = 5;
const BATCH_MS = 50;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const REGION_WORDS = /toast|snack|alert|notif|notice|error|message|banner|flash|feedback|invalid|status|warn/i;
const REGION_SELECTOR = '[role=alert],[role=status],[role=alertdialog],[aria-live]';

export interface EvidenceHandlers {
  /** The page showed an error about the key or the API. */
  onEvidence: (evidence: PageEvidence) => void;
  /** The field's value changed without an input event: the site rewrote or emptied it. */
  onFieldChanged: () => void;
  /** The current value of the field, as the content script reads it. */
  valueOf: () => string;
  /** The value the check was about: a change the site made before the watch began counts too. */
  checked: string;
}

function isRegion(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'status' || role === 'alertdialog' || el.hasAttribute('aria-live')) return true;
  return REGION_WORDS.test(el.localName) || REGION_WORDS.test(el.id) || REGION_WORDS.test(el.getAttribute('class') ?? '');
}

/** The element itself, then its ancestors across shadow boundaries. */
function* upFrom(el: Element | null, levels: number): Generator<Element> {
  for (let node = el, up = 0; node && up < levels; up++) {
    yield node;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
}

/** The element whose text is the message: a region or the setting block's element around the node, or the node. */
function messageElement(node: Node, scope: Element | null): Element | null {
  const start = node instanceof Element ? node : node.parentElement;
  for (const el of upFrom(start, 8)) {
    if (isRegion(el)) return el;
    if (scope?.contains(el)) return start;
  }
  // A toast's host whose shadow content is the alert.
  return start && shadowRootOf(start)?.querySelector(REGION_SELECTOR) ? start : null;
}

/** Visible text of an element and of the shadow roots inside it, bounded in nodes and characters. */
function textOf(el: Element): string {
  let text = '';
  const stack: Node[] = [el];
  for (let seen = 0; stack.length > 0 && seen < NODES_PER_TEXT && text.length < MAX_EVIDENCE_TEXT; seen++) {
    const node = stack.pop() as Node;
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent ?? ''} `;
    if (node instanceof Element && (node.localName === 'script' || node.localName === 'style' || isOwnWarning(node))) continue;
    const children = [...node.childNodes];
    const root = node instanceof Element ? shadowRootOf(node) : null;
    if (root) children.unshift(...root.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return text.slice(0, MAX_EVIDENCE_TEXT);
}

let current: (() => void) | undefined;

/**
 * After a key-field event, for a few seconds: reads the messages the page shows in alert, status and
 * toast regions and in the field's settings block (shadow roots included) for OpenAI's errors and the
 * site's own "not a valid key", and notices when the site changes the field. Stops by itself.
 */
export function watchEvidence(field: HTMLElement, handlers: EvidenceHandlers): () => void {
  current?.();
  const scope = settingsScope(field);
  const reported = new Set<string>();
  const timers: number[] = [];
  let pending: Node[] = [];
  let lastValue = handlers.checked;
  let watchedRoots = 0;

  const fieldLook = () => {
    if (!field.isConnected) return;
    const value = handlers.valueOf();
    if (value === lastValue) return;
    lastValue = value;
    handlers.onFieldChanged();
  };
  const watchRoot = (root: ShadowRoot | null) => {
    if (root && watchedRoots++ < ROOTS_WATCHED) observer.observe(root, OPTIONS);
  };
  const read = (el: Element) => {
    const evidence = readPageText(textOf(el));
    if (!evidence || reported.has(evidence.quote) || reported.size >= REPORTS_PER_WATCH) return;
    reported.add(evidence.quote);
    handlers.onEvidence(evidence);
  };
  const flush = () => {
    fieldLook();
    const nodes = pending.slice(0, NODES_PER_BATCH);
    pending = [];
    const seen = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected || isOwnWarning(node)) continue;
      if (node instanceof Element) watchRoot(shadowRootOf(node));
      const el = messageElement(node, scope);
      if (el && !seen.has(el)) {
        seen.add(el);
        read(el);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    if (pending.length === 0) timers.push(window.setTimeout(flush, BATCH_MS));
    for (const record of records) {
      if (pending.length >= NODES_PER_BATCH) break;
      if (record.type === 'characterData') pending.push(record.target);
      else pending.push(...[...record.addedNodes].slice(0, NODES_PER_BATCH));
    }
  });
  const stop = () => {
    observer.disconnect();
    for (const timer of timers) clearTimeout(timer);
    if (current === stop) current = undefined;
  };
  current = stop;

  observer.observe(pageRoot(), OPTIONS);
  const root = field.getRootNode();
  if (root instanceof ShadowRoot) observer.observe(root, OPTIONS);
  // What the site showed while handling the event itself, before this watch began.
  const shown = [...queryAll(document, REGION_SELECTOR), ...(scope ? queryAll(scope, REGION_SELECTOR) : [])];
  for (const el of shown.slice(0, NODES_PER_BATCH)) if (!isOwnWarning(el)) read(el);
  for (const el of (scope ? queryAll(scope, '*') : []).slice(0, 200)) watchRoot(shadowRootOf(el));
  for (const ms of FIELD_LOOKS_MS) timers.push(window.setTimeout(fieldLook, ms));
  timers.push(window.setTimeout(stop, WATCH_MS));
  return stop;
}
