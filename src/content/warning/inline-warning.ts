import { HOST_STYLE, WARNING_CSS } from './styles';
import { renderWarning, type WarningContent } from './view';

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

/** While a warning shows, how often to check that it still belongs (field there, same page, extension alive). */
const WATCHDOG_MS = 1000;

/**
 * One warning card beside one field, in a closed shadow root on a host with a random tag. Shown in
 * the top layer (a manual popover), so modal dialogs do not cover it.
 */
export class InlineWarning {
  private readonly host = document.createElement(randomTag());
  private readonly root = this.host.attachShadow({ mode: 'closed' });
  private field: HTMLElement | undefined;
  private frame = 0;
  private watchdog = 0;
  private shownAt = '';
  private readonly follow = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.isTrusted) this.dismiss();
  };

  /**
   * `stillWanted`: false once the extension is gone. `onDismissed`: the person closed the warning for
   * this field (Escape or ×), so nothing still under way for it should bring it back.
   */
  constructor(
    private readonly stillWanted: () => boolean,
    private readonly onDismissed: (field: HTMLElement) => void,
  ) {
    ownHosts.add(this.host);
    this.host.setAttribute('style', HOST_STYLE);
    this.host.setAttribute('popover', 'manual');
    const style = document.createElement('style');
    style.textContent = WARNING_CSS;
    this.root.append(style);
  }

  show(field: HTMLElement, content: Omit<WarningContent, 'onDismiss'>): void {
    const container = modalAround(field) ?? document.documentElement;
    if (this.host.parentNode !== container) {
      this.hide();
      this.mount(container);
    }
    this.field = field;
    this.root.replaceChildren(this.root.firstChild as Node, renderWarning({ ...content, onDismiss: () => this.dismiss() }));
    if (this.host.showPopover && !this.host.matches(':popover-open')) this.host.showPopover();
    this.place();
  }

  private mount(container: Element): void {
    container.append(this.host);
    this.shownAt = location.href;
    this.watchdog = window.setInterval(() => this.checkStillWanted(), WATCHDOG_MS);
    window.addEventListener('scroll', this.follow, { capture: true, passive: true });
    window.addEventListener('resize', this.follow, { passive: true });
    document.addEventListener('keydown', this.onKey, true);
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
    window.removeEventListener('scroll', this.follow, { capture: true });
    window.removeEventListener('resize', this.follow);
    document.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    this.field = undefined;
  }

  /** Gone on navigation (including SPA route changes), when the field goes, and when the extension does. */
  private checkStillWanted(): void {
    const fieldShown = this.field?.isConnected && this.field.getClientRects().length > 0;
    if (!fieldShown || location.href !== this.shownAt || !this.stillWanted()) this.hide();
  }

  /** Below the field, or above it when there is no room below; never over it. */
  private place(): void {
    if (!this.field?.isConnected) return this.hide();
    const rect = this.field.getBoundingClientRect();
    const card = this.host.getBoundingClientRect();
    const below = rect.bottom + GAP;
    const top = below + card.height > innerHeight && rect.top - GAP - card.height > 0 ? rect.top - GAP - card.height : below;
    const left = Math.max(8, Math.min(rect.left, innerWidth - card.width - 8));
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}
