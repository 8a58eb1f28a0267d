import { editableTarget } from '../field-snapshot';
import { queryAll } from '../safe-dom';

/** What can take focus in the page, in the order Tab visits it (elements with a positive tabindex are rare on settings forms, and taken in document order). */
const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

function tabbable(element: Element): element is HTMLElement {
  const html = element as HTMLElement & { disabled?: boolean };
  return html.tabIndex >= 0 && !html.disabled && !html.closest('[inert]') && html.getClientRects().length > 0;
}

/** The element of the page itself that holds `node`: itself, or the host of the shadow root it is in (and so on up). */
function inPage(node: Element): Element {
  let element = node;
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = element.getRootNode()) element = root.host;
  return element;
}

/** The first control after the field in the page's order (after its shadow host, if it is inside one), never the card. */
function nextAfter(field: HTMLElement, card: HTMLElement): HTMLElement | undefined {
  const anchor = inPage(field);
  return queryAll(document, TABBABLE).find(
    (element): element is HTMLElement =>
      element !== card && !anchor.contains(element) && Boolean(anchor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) && tabbable(element),
  );
}

/** Focus moves only where it really can go (not to something hidden, inert or disabled): then the key is taken. */
function moveFocus(event: KeyboardEvent, target: HTMLElement | undefined, isThere: () => boolean): boolean {
  if (!target) return false;
  target.focus();
  if (!isThere()) return false;
  event.preventDefault();
  return true;
}

interface Card {
  field: HTMLElement;
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * The card sits at the end of the page (the top layer shows it beside the field), so Tab would reach
 * it last. This puts it right after the field, both ways: Tab from the field enters the card, Tab from
 * the card's last control goes on to what follows the field, Shift+Tab from that goes back into the
 * card, and Shift+Tab from the card's first control goes back to the field. Only a person's keys count.
 */
export function tabThroughCard(event: KeyboardEvent, { field, host, root }: Card): boolean {
  if (event.key !== 'Tab' || !event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return false;
  const controls = queryAll(root, 'button, a[href]').filter(tabbable);
  const [first, last] = [controls[0], controls.at(-1)];
  if (!first || !last) return false;
  const inCard = event.composedPath().includes(host);
  const inCardAt = (control: HTMLElement) => () => root.activeElement === control;
  if (!inCard) {
    if (!event.shiftKey && editableTarget(event) === field) return moveFocus(event, first, inCardAt(first));
    const next = event.shiftKey ? nextAfter(field, host) : undefined;
    return next !== undefined && event.composedPath().includes(next) && moveFocus(event, last, inCardAt(last));
  }
  if (event.shiftKey && root.activeElement === first) return moveFocus(event, field, () => field.matches(':focus'));
  if (!event.shiftKey && root.activeElement === last) {
    const next = nextAfter(field, host);
    return moveFocus(event, next, () => next?.matches(':focus-within') ?? false);
  }
  return false;
}
