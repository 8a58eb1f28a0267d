import type { DiagnosisReport } from '../../core/key';
import type { MessageKey } from '../../core/catalogs/en';
import type { Said } from '../../core/said';
import { say, sayAll } from '../../i18n/say';
import { t } from '../../i18n/t';
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

const TITLES = { error: 'card_key_error', warning: 'card_key_warning' } as const;
const SETUP_TITLES = { error: 'card_setup_error', warning: 'card_setup_warning' } as const;
/** What the site or the app did with the key, when that is the problem: said before anything else. */
const SITE_TITLES: Record<string, MessageKey> = {
  site_removed_key: 'card_site_removed_key',
  value_changed: 'card_value_changed',
  saving_mask: 'card_saving_mask',
  app_sends_other_key: 'card_app_sends_other_key',
  app_sent_mask: 'card_app_sent_mask',
};
const STATE_WORDS: Record<string, string> = { passed: '✓', failed: '✕', not_checked: '○', not_free: '○' };
const STATE_SPOKEN: Record<string, MessageKey> = { passed: 'card_state_passed', failed: 'card_state_failed', not_checked: 'card_state_not_checked', not_free: 'card_state_not_free' };

function worstOf(findings: DiagnosisReport['findings']): 'error' | 'warning' | undefined {
  return findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : undefined;
}

/**
 * The layered verdict, compactly: what passed in one line, then one line per layer that did not,
 * with why. The popup shows every layer's detail.
 */
function layerList(verification: Verification, listed: readonly Said[]): HTMLElement[] {
  if (verification.state !== 'done' || !('verdict' in verification.result) || !verification.result.layers) return [];
  const { layers } = verification.result.layers;
  const passed = layers.filter((l) => l.state === 'passed').map((l) => t(`layer_${l.id}`));
  const shownAbove = new Set(listed.map((message) => JSON.stringify(message)));
  const open = layers.filter((l) => l.state !== 'passed').map((l) => {
    // What the list above already says is not said twice.
    const why = shownAbove.has(JSON.stringify(l.detail[0])) ? t('card_as_said_above') : sayAll(l.detail);
    const state = STATE_SPOKEN[l.state];
    return el('li', { className: 'layer' }, el('span', { ariaHidden: 'true', className: 'state' }, STATE_WORDS[l.state] ?? '○'), t('card_layer_line', { layer: t(`layer_${l.id}`), state: state ? t(state) : l.state, why }));
  });
  const passedLine = passed.length ? [el('li', { className: 'layer' }, el('span', { ariaHidden: 'true', className: 'state' }, '✓'), t('card_passed_line', { layers: passed.join(t('card_list_separator')) }))] : [];
  return [el('ul', { className: 'layers' }, ...passedLine, ...open)];
}

const RANK: Tone[] = ['error', 'warning', 'ok', 'info'];


/** OpenAI's own answer (or where the check stands), unless the heading already says it. */
function verificationBlock(verification: Verification, heading: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  const answer = verification.state === 'done' && 'verdict' in verification.result ? say(verification.result.verdict.title) : verificationTitle(verification);
  if (answer !== heading) blocks.push(el('p', { className: 'verdict' }, answer));
  if (verification.state === 'done' && 'verdict' in verification.result) blocks.push(el('p', { className: 'fix' }, sayAll(verification.result.verdict.advice)));
  const evidence = evidenceLine(verification);
  if (evidence) blocks.push(el('p', { className: 'evidence' }, evidence));
  if (verification.state === 'done' && 'notes' in verification.result) {
    for (const note of verification.result.notes) blocks.push(el('p', { className: 'evidence' }, sayAll(note)));
  }
  if (verification.state === 'offer') {
    const onclick = (event: MouseEvent) => verification.onCheck(event);
    blocks.push(el('button', { type: 'button', className: 'action', onclick }, t('offer_check')));
  }
  return blocks;
}

/** Trouble with the key itself says so first; then the layered verdict, which weighs the rest; then what the findings are about. */
function headingOf(keyTone: 'error' | 'warning' | undefined, setupTone: 'error' | 'warning' | undefined, verification: Verification | undefined, fallback: string, siteTitle?: string): string {
  const layered = verification?.state === 'done' && 'verdict' in verification.result && verification.result.layers;
  if (siteTitle && !layered) return siteTitle;
  if (keyTone && !siteTitle) return t(TITLES[keyTone]);
  if (layered) return verificationTitle(verification);
  if (setupTone) return t(SETUP_TITLES[setupTone]);
  return verification ? verificationTitle(verification) : fallback;
}

/** Text only: every string goes in through text nodes. */
export function renderWarning({ report, verification, onDismiss }: WarningContent): HTMLElement {
  const problems = report.findings.filter((f) => f.severity !== 'info');
  const keyTone = worstOf(report.findings.filter((f) => f.scope !== 'setup'));
  const setupTone = worstOf(report.findings.filter((f) => f.scope === 'setup'));
  const findingTone: Tone | undefined = keyTone ?? setupTone;
  const tones = [findingTone, verification && verificationTone(verification)].filter((candidate): candidate is Tone => candidate !== undefined);
  const tone = RANK.find((rank) => tones.includes(rank)) ?? 'info';
  const bySite = problems.find((f) => f.severity === 'error' && f.code in SITE_TITLES);
  const siteTitle = bySite && SITE_TITLES[bySite.code];
  const heading = headingOf(keyTone, setupTone, verification, problems[0] ? say(problems[0].message) : '', siteTitle && t(siteTitle));
  const close = el('button', { type: 'button', className: 'close', title: t('card_dismiss'), ariaLabel: t('card_dismiss_label'), onclick: onDismiss }, '×');
  const title = el('p', { className: 'title' }, el('span', { className: 'brand' }, `${t('card_brand')} `), heading);
  const list = problems.length
    ? [el('ul', {}, ...problems.map((f) => el('li', {}, say(f.message), ...(f.fix ? [el('span', { className: 'fix' }, say(f.fix))] : []))))]
    : [];
  const cleanedShown = report.checkable && problems.some((f) => f.scope === 'paste');
  const cleaned = cleanedShown ? [el('p', { className: 'cleaned' }, `${t('card_cleaned')} `, el('code', {}, report.mask))] : [];
  const checked = verification ? [...verificationBlock(verification, heading), ...layerList(verification, problems.map((f) => f.message))] : [];
  const card = el(
    'div',
    { className: 'card', role: tone === 'error' ? 'alert' : 'status', ariaBusy: verification?.state === 'checking' ? 'true' : 'false' },
    el('div', { className: 'head' }, title, close),
    ...list,
    ...cleaned,
    ...checked,
    el('p', { className: 'foot' }, t('card_details')),
  );
  card.dataset.tone = tone;
  return card;
}
