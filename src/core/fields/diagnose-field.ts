import { addFindings, type Diagnosis, diagnose, type Finding, finding, OPENAI_SHAPES, withFindings } from '../key';
import { OPENAI, providerOfKey } from '../key/providers';

export type Trigger = 'paste' | 'edit' | 'autofill';

/** What the content script saw, as plain data. */
export interface FieldEvent {
  /** The field's value after the event: what the site will send. Possibly only its start. */
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

function fieldFindings(event: FieldEvent, key: Diagnosis): Finding[] {
  const found: Finding[] = [];
  const pasted = event.trigger === 'paste' ? diagnose(event.pasted) : undefined;
  const pastedKey = pasted?.candidate ?? '';
  if (event.maxLength !== null && pastedKey.length > event.maxLength && pasted?.report.kind !== 'not_a_key') {
    found.push(finding.fieldCutsKey(event.maxLength, pastedKey.length));
  } else if (pasted && pastedKey && !event.value.includes(pastedKey) && key.candidate !== pastedKey) {
    found.push(finding.valueChanged());
  }
  if (event.trigger === 'autofill') found.push(finding.autofilled());
  if (insecure(event.pageUrl)) found.push(finding.insecurePage());
  if (key.candidate.length >= 20 && event.pageUrl.includes(key.candidate)) found.push(finding.keyInUrl());
  if (event.provider && event.provider !== OPENAI.name && OPENAI_KINDS.has(key.report.kind)) {
    found.push(finding.wrongField(event.provider));
  }
  return found;
}

/** The key diagnosis of what the field holds, plus what the field and page add to it. */
export function diagnoseField(event: FieldEvent): Diagnosis {
  const key = diagnose(event.value, event.valueLength);
  // Another provider's key in that provider's own field is what the field asks for, not a mistake.
  if (event.provider && key.report.kind === 'other_provider' && providerOfKey(key.candidate)?.name === event.provider) {
    const rest = key.report.findings.filter((f) => f.code !== 'other_provider');
    return withFindings(key, [...rest, finding.providerField(event.provider), ...fieldFindings(event, key)]);
  }
  return addFindings(key, fieldFindings(event, key));
}
