import { type KeyKind, classify, looksMasked } from './classify';
import { collapseInnerWhitespace, firstForeignCharacter, replaceLookalikes, stripInvisible, unwrap } from './clean';
import { type Finding, type Severity, finding } from './findings';
import { mask } from './mask';
import { OPENAI_SHAPES } from './openai-shapes';

/** Longer than any key by far; past this the text is not analysed, only reported, so big pastes stay cheap. */
export const MAX_ANALYSED_LENGTH = 4096;

/** What may leave the place where the key is: no part of the key beyond its mask. */
export interface DiagnosisReport {
  kind: KeyKind;
  /** For people: "project key", "Anthropic key", … */
  kindLabel: string;
  findings: Finding[];
  /** The cleaned candidate, masked. */
  mask: string;
  length: number;
  worst: Severity | 'none';
  /** Plausible enough to ask OpenAI about: cleaned, ASCII, OpenAI-shaped, nothing wrong with the key itself. */
  checkable: boolean;
}

export interface Diagnosis {
  /** The cleaned key. Secret: keep in memory, never store, log or send anywhere but OpenAI. */
  candidate: string;
  report: DiagnosisReport;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const CHECKABLE_KINDS: ReadonlySet<KeyKind> = new Set(['project', 'service_account', 'org_user', 'legacy', 'unrecognised_openai', 'relay']);

function kindLabel(kind: KeyKind, provider: string | undefined): string {
  const shape = OPENAI_SHAPES.find((s) => s.kind === kind);
  if (shape) return `OpenAI ${shape.label}`;
  const labels: Record<string, string> = {
    unrecognised_openai: 'OpenAI-style key',
    relay: 'relay or reseller key',
    other_provider: `${provider ?? 'another provider’s'} key`,
    identifier: 'an identifier, not a key',
    masked: 'masked key',
    not_a_key: 'not a key',
    empty: 'nothing',
  };
  return labels[kind] ?? kind;
}

function report(candidate: string, kind: KeyKind, findings: Finding[], provider?: string): DiagnosisReport {
  const ordered = findings.toSorted((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const keyError = ordered.some((f) => f.scope === 'key' && f.severity === 'error');
  return {
    kind,
    kindLabel: kindLabel(kind, provider),
    findings: ordered,
    mask: mask(candidate),
    length: [...candidate].length,
    worst: ordered[0]?.severity ?? 'none',
    checkable: CHECKABLE_KINDS.has(kind) && !keyError,
  };
}

/** Everything Key Doctor can tell about a pasted string without asking OpenAI. Never throws; linear in the input. */
export function diagnose(raw: string): Diagnosis {
  if (raw.length > MAX_ANALYSED_LENGTH) {
    return { candidate: '', report: { ...report('', 'not_a_key', [finding.tooLong(raw.length)]), mask: '', length: raw.length } };
  }
  const findings: Finding[] = [];
  let text = raw;
  for (const step of [stripInvisible, unwrap, collapseInnerWhitespace, replaceLookalikes]) {
    const result = step(text);
    findings.push(...result.findings);
    text = result.text;
  }
  // Masks use `…` and `•`: name them as masks, not as foreign characters.
  const foreign = looksMasked(text) ? undefined : firstForeignCharacter(text);
  if (foreign) return { candidate: text, report: report(text, 'not_a_key', [...findings, foreign]) };
  const classified = classify(text);
  const all = [...findings, ...classified.findings];
  return { candidate: classified.text, report: report(classified.text, classified.kind, all, classified.provider) };
}
