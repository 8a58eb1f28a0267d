import type { DiagnosisReport } from '../../core/key';
import { isHintMatch } from './has-content';
import { evidenceLine, type Tone, type Verification, verificationTitle, verificationTone } from './verification';

export interface WarningContent {
  report: DiagnosisReport;
  verification?: Verification;
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

const RANK: Tone[] = ['error', 'warning', 'ok', 'info'];


function verificationBlock(verification: Verification, withTitle: boolean): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  if (withTitle) blocks.push(el('p', { className: 'verdict' }, verificationTitle(verification)));
  if (verification.state === 'done' && 'verdict' in verification.result) blocks.push(el('p', { className: 'fix' }, verification.result.verdict.advice));
  const evidence = evidenceLine(verification);
  if (evidence) blocks.push(el('p', { className: 'evidence' }, evidence));
  if (verification.state === 'done' && 'notes' in verification.result) {
    for (const note of verification.result.notes) blocks.push(el('p', { className: 'evidence' }, note));
  }
  if (verification.state === 'offer') {
    const onclick = (event: MouseEvent) => event.isTrusted && verification.onCheck();
    blocks.push(el('button', { type: 'button', className: 'action', onclick }, 'Check with OpenAI'));
  }
  return blocks;
}

/** Text only: every string goes in through text nodes. */
export function renderWarning({ report, verification, onDismiss }: WarningContent): HTMLElement {
  const problems = report.findings.filter((f) => f.severity !== 'info' || isHintMatch(f));
  const findingTone: Tone | undefined = report.worst === 'error' || report.worst === 'warning' ? report.worst : undefined;
  const tones = [findingTone, verification && verificationTone(verification)].filter((t): t is Tone => t !== undefined);
  const tone = RANK.find((t) => tones.includes(t)) ?? 'info';
  const heading = findingTone ? TITLES[findingTone] : verification ? verificationTitle(verification) : (problems[0]?.message ?? '');
  const close = el('button', { type: 'button', className: 'close', title: 'Dismiss', ariaLabel: 'Dismiss Key Doctor warning', onclick: onDismiss }, '×');
  const title = el('p', { className: 'title' }, el('span', { className: 'brand' }, 'Key Doctor: '), heading);
  const list = problems.length
    ? [el('ul', {}, ...problems.map((f) => el('li', {}, f.message, ...(f.fix ? [el('span', { className: 'fix' }, f.fix)] : []))))]
    : [];
  const cleanedShown = report.checkable && problems.some((f) => f.scope === 'paste');
  const cleaned = cleanedShown ? [el('p', { className: 'cleaned' }, 'Cleaned key: ', el('code', {}, report.mask))] : [];
  const checked = verification ? verificationBlock(verification, findingTone !== undefined) : [];
  const card = el(
    'div',
    { className: 'card', role: tone === 'error' ? 'alert' : 'status', ariaBusy: verification?.state === 'checking' ? 'true' : 'false' },
    el('div', { className: 'head' }, title, close),
    ...list,
    ...cleaned,
    ...checked,
    el('p', { className: 'foot' }, 'Details: click the Key Doctor icon in the toolbar.'),
  );
  card.dataset.tone = tone;
  return card;
}
