import type { Page } from '@playwright/test';
import { onCardRoot } from './card-root';

/**
 * Boxes whose content is wider than they are — text running out of a card or a panel — as
 * "tag.class: 412 > 380 (its text)". Inline boxes, text for screen readers only (a 1 px box), inputs
 * (they scroll) and text cut with an ellipsis on purpose are left out. Written as a function's source: it runs in a page or a shadow root.
 */
const OVERFLOWING = `function overflowing(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'none' || el.clientWidth <= 1 || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || style.textOverflow === 'ellipsis') continue;
    if (el.scrollWidth > el.clientWidth + 1) found.push(el.tagName.toLowerCase() + '.' + el.className + ': ' + el.scrollWidth + ' > ' + el.clientWidth + ' (' + (el.textContent || '').slice(0, 60) + ')');
  }
  return found;
}`;

/** What overflows in the inline card, and whether the card itself stays inside the window. */
export const cardOverflow = (page: Page) =>
  onCardRoot<string[]>(page, `function () {
    const overflowing = ${OVERFLOWING};
    const card = this.querySelector('.card');
    const box = card.getBoundingClientRect();
    const outside = box.left < 0 || box.right > innerWidth ? ['the card: ' + box.left + '–' + box.right + ' in a window ' + innerWidth + ' wide'] : [];
    return [...outside, ...overflowing(this)];
  }`);

/** What overflows in an extension page (the popup is 380 px wide), the page's own width included. */
export const pageOverflow = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const overflowing = ${OVERFLOWING};
    const { scrollWidth, clientWidth } = document.documentElement;
    return [...(scrollWidth > clientWidth + 1 ? ['the page: ' + scrollWidth + ' > ' + clientWidth] : []), ...overflowing(document.body)];
  })()`);
