import { type Diagnosis, diagnose, type Finding, finding, OPENAI_SHAPES, withFindings } from '../key';
import { OPENAI_STYLE_KINDS } from '../key/classify-key';
import { OPENAI, providerOfKey } from '../key/providers';

/** `save`: a click on the settings' save or test button while the field holds something. */
export const TRIGGERS = ['paste', 'edit', 'autofill', 'save'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** What the content script saw, as plain data. */
export interface FieldEvent {
  /** The field's value once the site has had its turn: what the site will send ('' when it emptied the field). Possibly only its start. */
  value: string;
  valueLength: number;
  /** The clipboard text, for pastes. */
  pasted: string;
  trigger: Trigger;
  maxLength: number | null;
  /** The provider the field's labels name, if any. */
  provider: string | null;
  /** The address of the frame the field is in. */
  pageUrl: string;
}

const OPENAI_KINDS = new Set<string>(OPENAI_SHAPES.map((shape) => shape.kind));
const LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

function insecure(pageUrl: string): boolean {
  const match = /^http:\/\/([^/:?#]+|\[[^\]]+\])/i.exec(pageUrl);
  return match !== null && !LOCAL_HOSTS.test(match[1] ?? '');
}

function fieldFindings(event: FieldEvent, key: Diagnosis, pasted: Diagnosis | undefined): Finding[] {
  const found: Finding[] = [];
  const pastedKey = pasted?.candidate ?? '';
  if (event.maxLength !== null && pastedKey.length > event.maxLength && pasted?.report.kind !== 'not_a_key') {
    found.push(finding.fieldCutsKey(event.maxLength, pastedKey.length));
  } else if (pasted && pastedKey && event.value !== '' && !event.value.includes(pastedKey) && key.candidate !== pastedKey) {
    found.push(finding.valueChanged(event.valueLength, pastedKey.length));
  }
  if (event.trigger === 'save' && key.report.kind === 'masked') found.push(finding.savingMask());
  if (event.trigger === 'autofill') found.push(finding.autofilled());
  if (insecure(event.pageUrl)) found.push(finding.insecurePage());
  if (key.candidate.length >= 20 && event.pageUrl.includes(key.candidate)) found.push(finding.keyInUrl());
  if (event.provider && event.provider !== OPENAI.name && OPENAI_KINDS.has(key.report.kind)) {
    found.push(finding.wrongField(event.provider));
  }
  return found;
}

const isSiteAction = (f: Finding) => f.code === 'site_removed_key' || f.code === 'value_changed';

/**
 * The key to judge: what the field holds; or, when the site emptied the field after a paste, what was
 * pasted — the person's key — with that said first, for a key the site should have taken.
 */
function judged(event: FieldEvent, pasted: Diagnosis | undefined): { key: Diagnosis; removed: Finding[] } {
  if (!pasted || event.value.trim() !== '') return { key: diagnose(event.value, event.valueLength), removed: [] };
  if (!OPENAI_STYLE_KINDS.has(pasted.report.kind)) return { key: pasted, removed: [] };
  const cleanKey = pasted.report.checkable && pasted.report.findings.every((f) => f.severity === 'info');
  return { key: pasted, removed: [finding.siteRemovedKey(cleanKey)] };
}

/** The key diagnosis of what the field holds, plus what the field and page add to it. */
export function diagnoseField(event: FieldEvent): Diagnosis {
  const pasted = event.trigger === 'paste' ? diagnose(event.pasted) : undefined;
  const { key, removed } = judged(event, pasted);
  const extra = [...removed, ...fieldFindings(event, key, pasted)];
  // Another provider's key in that provider's own field is what the field asks for, not a mistake.
  if (event.provider && key.report.kind === 'other_provider' && providerOfKey(key.candidate)?.name === event.provider) {
    const rest = key.report.findings.filter((f) => f.code !== 'other_provider');
    return withFindings(key, [...rest, finding.providerField(event.provider), ...extra]);
  }
  // What the site did with the paste comes first among equals: it explains the rest.
  const bySite = extra.filter(isSiteAction);
  // A mask at a save click is said once, as what the app is about to do.
  const own = extra.some((f) => f.code === 'saving_mask') ? key.report.findings.filter((f) => f.code !== 'masked_key') : key.report.findings;
  return withFindings(key, [...bySite, ...own, ...extra.filter((f) => !isSiteAction(f))]);
}
