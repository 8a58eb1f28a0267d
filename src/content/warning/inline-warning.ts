import { HOST_STYLE, WARNING_CSS } from './styles';
import { renderWarning, type WarningContent } from './view';
import { create, elementAt, off, on, pageRoot } from '../safe-dom';
import { tabThroughCard } from './tab-order';
import { coveredInTopLayer, drawnAsIs, isOpen, opaque, watchVisibility } from './visibility';

const GAP = 6;

/** A valid custom-element name with nothing fixed in it, so a page cannot target it by name. */
function randomTag(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => String.fromCharCode(97 + (b % 26)));
  return `${letters.slice(0, 6).join('')}-${letters.slice(6).join('')}`;
}

/**
 * The open modal dialog holding the field, across shadow roots: everything outside it is inert,
 * so a warning mounted elsewhere would be drawn but never read out.
 */
function modalAround(field: Element): Element | undefined {
  let node: Element | undefined = field;
  while (node) {
    const dialog = node.closest('dialog');
    if (dialog?.matches(':modal')) return dialog;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** The hosts of this frame's warnings: what Key Doctor itself shows is never read as the page's own message. */
const ownHosts = new WeakSet<Node>();
export const isOwnWarning = (node: Node) => ownHosts.has(node);

/** While a warning shows, how often to check that it still belongs (field there, same page, extension alive) and is intact. */
const WATCHDOG_MS = 1000;

/** A click counts only on a card that has been in place, unchanged and on top, this long: no bait-and-switch. */
const STABLE_MS = 500;

/** The page removed, hid or restyled the card this often: Key Doctor stops showing it there and says so in the popup. */
const MAX_TAMPERING = 3;

/** Attributes Key Doctor sets on the host; any other is the page's. */
const OWN_ATTRIBUTES = new Set(['style', 'popover']);

/**
 * One warning card beside one field, in a closed shadow root on a host with a random tag. Shown in
 * the top layer (a manual popover), so modal dialogs do not cover it.
 */
export class InlineWarning {
  private readonly host = create(randomTag());
  private readonly root = this.host.attachShadow({ mode: 'closed' });
  private field: HTMLElement | undefined;
  private frame = 0;
  private watchdog = 0;
  private shownAt = '';
  private container: Element | undefined;
  /** Since when the card has been where it is, as it is, and on top. */
  private stableSince = 0;
  private position = '';
  private tampering = 0;
  private raises = 0;
  /** The style attribute as Key Doctor last wrote it: any other is the page's doing. */
  private ownStyle = '';
  private armTimer = 0;
  private visible: boolean | undefined;
  private visibility: IntersectionObserver | undefined;
  private readonly tamperWatch = new MutationObserver(() => this.checkIntact());
  /** Another element entered the top layer above the card (a page's popover or dialog): the card goes back on top. */
  private readonly onToggle = (event: Event) => {
    const opened = (event as ToggleEvent).newState === 'open';
    if (!this.field) return;
    if (event.target === this.host) return void (opened || this.checkIntact());
    if (opened && this.raises++ < 20) this.raise();
  };
  private readonly follow = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.isTrusted) this.dismiss();
    else if (this.field) tabThroughCard(event, { field: this.field, host: this.host, root: this.root });
  };

  /**
   * `stillWanted`: false once the extension is gone. `onDismissed`: the person closed the warning for
   * this field (Escape or ×), so nothing still under way for it should bring it back.
   */
  constructor(
    private readonly stillWanted: () => boolean,
    private readonly onDismissed: (field: HTMLElement) => void,
    /** The page hid, removed or restyled the card again and again: it is not shown there any more. */
    private readonly onTampered: (field: HTMLElement) => void = () => undefined,
  ) {
    ownHosts.add(this.host);
    this.host.setAttribute('style', HOST_STYLE);
    this.host.setAttribute('popover', 'manual');
    const style = create('style');
    style.textContent = WARNING_CSS;
    this.root.append(style);
  }

  show(field: HTMLElement, content: Omit<WarningContent, 'onDismiss'>): void {
    const container = modalAround(field) ?? pageRoot();
    if (this.host.parentNode !== container) {
      this.hide();
      this.mount(container);
    }
    if (this.field !== field) this.restable();
    this.field = field;
    this.root.replaceChildren(this.root.firstChild as Node, renderWarning({ ...content, onDismiss: () => this.dismiss() }));
    this.arm();
    if (!isOpen(this.host)) this.host.showPopover();
    this.place();
  }

  private mount(container: Element): void {
    container.append(this.host);
    this.container = container;
    this.shownAt = location.href;
    this.tampering = 0;
    this.raises = 0;
    this.restable();
    this.watchdog = window.setInterval(() => this.checkStillWanted(), WATCHDOG_MS);
    on(window, 'scroll', this.follow, { capture: true, passive: true });
    on(window, 'resize', this.follow, { passive: true });
    on(document, 'keydown', this.onKey, true);
    on(document, 'toggle', this.onToggle, true);
    this.tamperWatch.observe(this.host, { attributes: true });
    this.tamperWatch.observe(container, { childList: true });
    this.visible = undefined;
    this.visibility = watchVisibility(this.host, (visible) => {
      if (visible && !this.visible) this.restable();
      this.visible = visible;
    });
  }

  /**
   * Whether a click on the card's button is a person's, on the card as they see it: trusted, on a card
   * in place and unchanged for a moment, drawn as is, on top where the click landed, and not covered
   * (where the browser can tell). A page could otherwise fade the card out or lay bait over it.
   */
  genuineClick(event: MouseEvent): boolean {
    if (!event.isTrusted || !this.field || performance.now() - this.stableSince < STABLE_MS || this.visible === false) return false;
    for (let node: Element | null = this.host; node; node = node.parentElement) {
      if (node !== this.host && !opaque(getComputedStyle(node).opacity)) return false;
    }
    if (!drawnAsIs(this.host)) return false;
    // A keyboard press has no position: the card's middle stands in for it.
    const box = this.host.getBoundingClientRect();
    if (coveredInTopLayer(this.host, box)) return false;
    const [x, y] = event.detail === 0 ? [box.left + box.width / 2, box.top + box.height / 2] : [event.clientX, event.clientY];
    return elementAt(x, y) === this.host;
  }

  get shownFor(): HTMLElement | undefined {
    return this.host.isConnected ? this.field : undefined;
  }

  private dismiss(): void {
    const field = this.field;
    this.hide();
    if (field) this.onDismissed(field);
  }

  hide(): void {
    if (!this.host.isConnected) return;
    cancelAnimationFrame(this.frame);
    clearInterval(this.watchdog);
    clearTimeout(this.armTimer);
    off(window, 'scroll', this.follow, { capture: true });
    off(window, 'resize', this.follow);
    off(document, 'keydown', this.onKey, true);
    off(document, 'toggle', this.onToggle, true);
    this.tamperWatch.disconnect();
    this.visibility?.disconnect();
    this.field = undefined;
    this.host.remove();
  }

  /** The card just appeared, moved or came back on top: its button waits a moment before it takes a click. */
  private restable(): void {
    this.stableSince = performance.now();
    this.arm();
  }

  /** The button says it is not ready (to people and screen readers alike) until the card has been stable long enough. */
  private arm(): void {
    clearTimeout(this.armTimer);
    const button = this.root.querySelector('button.action');
    const wait = STABLE_MS - (performance.now() - this.stableSince);
    if (!button || wait <= 0) return button?.removeAttribute('aria-disabled');
    button.setAttribute('aria-disabled', 'true');
    this.armTimer = window.setTimeout(() => this.arm(), wait + 10);
  }


  /** Whether the card is as Key Doctor left it: in its place, with only its own attributes, open, drawn as is. */
  private intact(): boolean {
    const host = this.host;
    return host.parentNode === this.container && host.getAttribute('style') === this.ownStyle && host.getAttribute('popover') === 'manual'
      && host.getAttributeNames().every((name) => OWN_ATTRIBUTES.has(name)) && isOpen(host) && drawnAsIs(host);
  }


  /** The page removed, hid or restyled the card: put it back, a few times; then give up in this page and say so elsewhere. */
  private checkIntact(): void {
    const field = this.field;
    if (!field || this.intact()) return;
    if (++this.tampering >= MAX_TAMPERING) {
      this.hide();
      return this.onTampered(field);
    }
    for (const name of this.host.getAttributeNames()) if (!OWN_ATTRIBUTES.has(name)) this.host.removeAttribute(name);
    this.host.setAttribute('popover', 'manual');
    this.host.setAttribute('style', HOST_STYLE);
    if (this.host.parentNode !== this.container) this.container?.append(this.host);
    this.raise();
  }

  /** Back on top of the top layer, as the newest popover; a click then waits for the card to be stable again. */
  private raise(): void {
    if (this.host.showPopover) {
      if (isOpen(this.host)) this.host.hidePopover();
      this.host.showPopover();
    }
    this.restable();
    this.place();
  }

  /** Gone on navigation (including SPA route changes), when the field goes, and when the extension does. */
  private checkStillWanted(): void {
    const fieldShown = this.field?.isConnected && this.field.getClientRects().length > 0;
    if (!fieldShown || location.href !== this.shownAt || !this.stillWanted()) return this.hide();
    // A stylesheet change does not show as a mutation of the card: look once a second.
    this.checkIntact();
  }

  /** Below the field, or above it when there is no room below; never over it. */
  private place(): void {
    if (!this.field?.isConnected) return this.hide();
    const rect = this.field.getBoundingClientRect();
    const card = this.host.getBoundingClientRect();
    const below = rect.bottom + GAP;
    const top = below + card.height > innerHeight && rect.top - GAP - card.height > 0 ? rect.top - GAP - card.height : below;
    const left = Math.max(8, Math.min(rect.left, innerWidth - card.width - 8));
    const position = `${Math.round(top)},${Math.round(left)}`;
    if (position !== this.position) this.restable();
    this.position = position;
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    this.ownStyle = this.host.getAttribute('style') ?? '';
  }
}
