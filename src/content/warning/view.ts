import type { DiagnosisReport } from '../../core/key';
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
const SETUP_TITLES = {
  error: 'This app’s settings won’t work with this key',
  warning: 'Check this app’s settings',
};
/** What the site or the app did with the key, when that is the problem: said before anything else. */
const SITE_TITLES: Record<string, string> = {
  site_removed_key: 'This site removed the key you pasted',
  value_changed: 'This site changed the key you pasted',
  saving_mask: 'The app is about to save a mask, not your key',
  app_sends_other_key: 'The app is still sending an older key',
  app_sent_mask: 'The app sends a mask, not your key',
};
const STATE_WORDS: Record<string, string> = { passed: '✓', failed: '✕', not_checked: '○', not_free: '○' };
const STATE_SPOKEN: Record<string, string> = { passed: 'passed', failed: 'failed', not_checked: 'not checked', not_free: 'not checked for free' };

function worstOf(findings: DiagnosisReport['findings']): 'error' | 'warning' | undefined {
  return findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : undefined;
}

/**
 * The layered verdict, compactly: what passed in one line, then one line per layer that did not,
 * with why. The popup shows every layer's detail.
 */
function layerList(verification: Verification, listed: readonly string[]): HTMLElement[] {
  if (verification.state !== 'done' || !('verdict' in verification.result) || !verification.result.layers) return [];
  const { layers } = verification.result.layers;
  const passed = layers.filter((l) => l.state === 'passed').map((l) => l.title);
  const open = layers.filter((l) => l.state !== 'passed').map((l) => {
    // What the list above already says is not said twice.
    const why = listed.some((message) => l.detail.startsWith(message)) ? 'as said above.' : l.detail;
    return el('li', { className: 'layer' }, el('span', { ariaHidden: 'true', className: 'state' }, STATE_WORDS[l.state] ?? '○'), `${l.title} — ${STATE_SPOKEN[l.state] ?? l.state}: ${why}`);
  });
  const passedLine = passed.length ? [el('li', { className: 'layer' }, el('span', { ariaHidden: 'true', className: 'state' }, '✓'), `Passed: ${passed.join(', ')}.`)] : [];
  return [el('ul', { className: 'layers' }, ...passedLine, ...open)];
}

const RANK: Tone[] = ['error', 'warning', 'ok', 'info'];


/** OpenAI's own answer (or where the check stands), unless the heading already says it. */
function verificationBlock(verification: Verification, heading: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  const said = verification.state === 'done' && 'verdict' in verification.result ? verification.result.verdict.title : verificationTitle(verification);
  if (said !== heading) blocks.push(el('p', { className: 'verdict' }, said));
  if (verification.state === 'done' && 'verdict' in verification.result) blocks.push(el('p', { className: 'fix' }, verification.result.verdict.advice));
  const evidence = evidenceLine(verification);
  if (evidence) blocks.push(el('p', { className: 'evidence' }, evidence));
  if (verification.state === 'done' && 'notes' in verification.result) {
    for (const note of verification.result.notes) blocks.push(el('p', { className: 'evidence' }, note));
  }
  if (verification.state === 'offer') {
    const onclick = (event: MouseEvent) => verification.onCheck(event);
    blocks.push(el('button', { type: 'button', className: 'action', onclick }, 'Check with OpenAI'));
  }
  return blocks;
}

/** Trouble with the key itself says so first; then the layered verdict, which weighs the rest; then what the findings are about. */
function headingOf(keyTone: 'error' | 'warning' | undefined, setupTone: 'error' | 'warning' | undefined, verification: Verification | undefined, fallback: string, siteTitle?: string): string {
  const layered = verification?.state === 'done' && 'verdict' in verification.result && verification.result.layers;
  if (siteTitle && !layered) return siteTitle;
  if (keyTone && !siteTitle) return TITLES[keyTone];
  if (layered) return verificationTitle(verification);
  if (setupTone) return SETUP_TITLES[setupTone];
  return verification ? verificationTitle(verification) : fallback;
}

/** Text only: every string goes in through text nodes. */
export function renderWarning({ report, verification, onDismiss }: WarningContent): HTMLElement {
  const problems = report.findings.filter((f) => f.severity !== 'info');
  const keyTone = worstOf(report.findings.filter((f) => f.scope !== 'setup'));
  const setupTone = worstOf(report.findings.filter((f) => f.scope === 'setup'));
  const findingTone: Tone | undefined = keyTone ?? setupTone;
  const tones = [findingTone, verification && verificationTone(verification)].filter((t): t is Tone => t !== undefined);
  const tone = RANK.find((t) => tones.includes(t)) ?? 'info';
  const bySite = problems.find((f) => f.severity === 'error' && f.code in SITE_TITLES);
  const heading = headingOf(keyTone, setupTone, verification, problems[0]?.message ?? '', bySite && SITE_TITLES[bySite.code]);
  const close = el('button', { type: 'button', className: 'close', title: 'Dismiss', ariaLabel: 'Dismiss Key Doctor warning', onclick: onDismiss }, '×');
  const title = el('p', { className: 'title' }, el('span', { className: 'brand' }, 'Key Doctor: '), heading);
  const list = problems.length
    ? [el('ul', {}, ...problems.map((f) => el('li', {}, f.message, ...(f.fix ? [el('span', { className: 'fix' }, f.fix)] : []))))]
    : [];
  const cleanedShown = report.checkable && problems.some((f) => f.scope === 'paste');
  const cleaned = cleanedShown ? [el('p', { className: 'cleaned' }, 'Cleaned key: ', el('code', {}, report.mask))] : [];
  const checked = verification ? [...verificationBlock(verification, heading), ...layerList(verification, problems.map((f) => f.message))] : [];
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
