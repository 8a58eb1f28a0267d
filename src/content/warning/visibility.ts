/** Whether the card is really seen: the checks a click on it and its own watch rely on. */
import { queryAll } from '../safe-dom';

/** Fully opaque; empty where a DOM emulation computes no opacity (browsers always compute it). */
export const opaque = (opacity: string) => !opacity || opacity === '1';
/** No filter, clip or transform; empty where a DOM emulation leaves it so. */
const unset = (value: string | undefined) => !value || value === 'none';

/** The host as drawn: shown, opaque, unclipped, untransformed. A page's stylesheet cannot beat its inline !important rules, but its script can change them. */
export function drawnAsIs(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  return style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse' && opaque(style.opacity)
    && unset(style.filter) && unset(style.clipPath) && unset(style.transform) && style.contentVisibility !== 'hidden';
}

/** Shown in the top layer; where the browser has no popovers at all, it is shown as any fixed element. */
export const isOpen = (host: HTMLElement) => !host.showPopover || host.matches(':popover-open');

/** Chrome's IntersectionObserver v2 says whether anything covers, fades or transforms an element; elsewhere it is undefined. */
export function watchVisibility(host: Element, onChange: (visible: boolean | undefined) => void): IntersectionObserver | undefined {
  try {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) onChange((entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible);
    }, { trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    observer.observe(host);
    return observer;
  } catch {
    return undefined;
  }
}

/**
 * Another popover or modal dialog over the card's box: the top layer's order cannot be read, and a
 * bait with `pointer-events: none` lets the click through to the card, so any is too many. A dialog
 * that holds the field (and so the card) is not over it.
 */
export function coveredInTopLayer(host: Element, box: DOMRect): boolean {
  return queryAll(document, ':popover-open, dialog:modal').some((other) => {
    if (other === host || other.contains(host)) return false;
    const area = other.getBoundingClientRect();
    return area.left < box.right && area.right > box.left && area.top < box.bottom && area.bottom > box.top;
  });
}
