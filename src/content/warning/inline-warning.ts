import type { DiagnosisReport } from '../../core/key';
import { HOST_STYLE, WARNING_CSS } from './styles';
import { renderWarning } from './view';

const GAP = 6;

function randomTag(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => String.fromCharCode(97 + (b % 26)));
  return `kd-${letters.join('')}`;
}

/**
 * One warning card beside one field, in a closed shadow root on a host with a random tag. Shown in
 * the top layer (a manual popover), so modal dialogs do not cover it.
 */
export class InlineWarning {
  private readonly host = document.createElement(randomTag());
  private readonly root = this.host.attachShadow({ mode: 'closed' });
  private field: HTMLElement | undefined;
  private frame = 0;
  private readonly follow = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.isTrusted) this.hide();
  };

  constructor() {
    this.host.setAttribute('style', HOST_STYLE);
    this.host.setAttribute('popover', 'manual');
    const style = document.createElement('style');
    style.textContent = WARNING_CSS;
    this.root.append(style);
  }

  show(field: HTMLElement, report: DiagnosisReport): void {
    this.field = field;
    this.root.replaceChildren(this.root.firstChild as Node, renderWarning({ report, onDismiss: () => this.hide() }));
    if (!this.host.isConnected) {
      document.documentElement.append(this.host);
      window.addEventListener('scroll', this.follow, { capture: true, passive: true });
      window.addEventListener('resize', this.follow, { passive: true });
      document.addEventListener('keydown', this.onKey, true);
    }
    if (this.host.showPopover && !this.host.matches(':popover-open')) this.host.showPopover();
    this.place();
  }

  get shownFor(): HTMLElement | undefined {
    return this.host.isConnected ? this.field : undefined;
  }

  hide(): void {
    if (!this.host.isConnected) return;
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.follow, { capture: true });
    window.removeEventListener('resize', this.follow);
    document.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    this.field = undefined;
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
