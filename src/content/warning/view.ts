import type { DiagnosisReport } from '../../core/key';

export interface WarningContent {
  report: DiagnosisReport;
  onDismiss: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const TITLES = {
  error: 'This key won’t work as pasted',
  warning: 'Check this key before you save it',
};

/** Text only: every string goes in through text nodes. */
export function renderWarning({ report, onDismiss }: WarningContent): HTMLElement {
  const severity = report.worst === 'error' ? 'error' : 'warning';
  const problems = report.findings.filter((f) => f.severity !== 'info');
  const close = el('button', { type: 'button', title: 'Dismiss', ariaLabel: 'Dismiss Key Doctor warning', onclick: onDismiss }, '×');
  const title = el('p', { className: 'title' }, el('span', { className: 'brand' }, 'Key Doctor: '), TITLES[severity]);
  const list = el(
    'ul',
    {},
    ...problems.map((f) => el('li', {}, f.message, ...(f.fix ? [el('span', { className: 'fix' }, f.fix)] : []))),
  );
  const cleanedShown = report.checkable && problems.some((f) => f.scope === 'paste');
  const cleaned = cleanedShown ? [el('p', { className: 'cleaned' }, 'Cleaned key: ', el('code', {}, report.mask))] : [];
  const card = el(
    'div',
    { className: 'card', role: severity === 'error' ? 'alert' : 'status' },
    el('div', { className: 'head' }, title, close),
    list,
    ...cleaned,
    el('p', { className: 'foot' }, 'Details: click the Key Doctor icon in the toolbar.'),
  );
  card.dataset.severity = severity;
  return card;
}
