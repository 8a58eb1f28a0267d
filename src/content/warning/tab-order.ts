import { queryAll } from '../safe-dom';

/** What can take focus in the page, in the order Tab visits it (elements with a positive tabindex are rare on settings forms, and taken in document order). */
const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

function tabbable(element: Element): element is HTMLElement {
  const html = element as HTMLElement & { disabled?: boolean };
  return html.tabIndex >= 0 && !html.disabled && html.getClientRects().length > 0;
}

interface Card {
  field: HTMLElement;
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * The card sits at the end of the page (the top layer shows it beside the field), so Tab would reach
 * it last. This puts it right after the field: Tab from the field enters the card, Tab from the card's
 * last control goes on to what follows the field, Shift+Tab from its first goes back to the field.
 * Returns whether it moved focus (and so took the key).
 */
export function tabThroughCard(event: KeyboardEvent, { field, host, root }: Card): boolean {
  if (event.key !== 'Tab' || !event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return false;
  const controls = queryAll(root, 'button, a[href]').filter(tabbable);
  const [first, last] = [controls[0], controls.at(-1)];
  if (!first || !last) return false;
  const inCard = event.composedPath().includes(host);
  let target: HTMLElement | undefined;
  if (!inCard && !event.shiftKey && event.composedPath().includes(field)) target = first;
  else if (inCard && event.shiftKey && root.activeElement === first) target = field;
  else if (inCard && !event.shiftKey && root.activeElement === last) {
    const page = queryAll(document, TABBABLE).filter(tabbable);
    const at = page.indexOf(field);
    target = at < 0 ? undefined : page.slice(at + 1).find((element) => element !== host);
  }
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}
