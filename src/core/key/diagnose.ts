import { classifyKey, type KeyKind, looksMasked, OPENAI_STYLE_KINDS } from './classify-key';
import { collapseInnerWhitespace, firstForeignCharacter, replaceLookalikes, stripInvisible, unwrap } from './clean';
import { type Finding, type Severity, finding } from './findings';
import { mask } from './mask';

import { MAX_ANALYSED_LENGTH } from '../limits';

/** What may leave the place where the key is: no part of the key beyond its mask. */
export interface DiagnosisReport {
  kind: KeyKind;
  /** For `other_provider` and `relay`: the id of the provider whose key it is (people read it through `kindSaid`). */
  provider?: string;
  findings: Finding[];
  /** The cleaned candidate, masked. */
  mask: string;
  length: number;
  worst: Severity | 'none';
  /** Plausible enough to ask OpenAI about: cleaned, ASCII, OpenAI-style, nothing wrong with the key itself (an admin key is). */
  checkable: boolean;
}

export interface Diagnosis {
  /** The cleaned key. Secret: keep in memory, never store, log or send anywhere but OpenAI. */
  candidate: string;
  report: DiagnosisReport;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function assess(kind: KeyKind, findings: Finding[]): Pick<DiagnosisReport, 'findings' | 'worst' | 'checkable'> {
  const ordered = findings.toSorted((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  // What surrounded the key is cleaned away, and the app's setup does not make the key itself unusable.
  const keyError = ordered.some((f) => (f.scope === 'key' || f.scope === 'field') && f.severity === 'error');
  return { findings: ordered, worst: ordered[0]?.severity ?? 'none', checkable: OPENAI_STYLE_KINDS.has(kind) && !keyError };
}

function report(candidate: string, kind: KeyKind, findings: Finding[], provider?: string): DiagnosisReport {
  const base = { kind, mask: mask(candidate), length: [...candidate].length, ...assess(kind, findings) };
  return provider === undefined ? base : { ...base, provider };
}

/** The same diagnosis with these findings instead, its severity and checkability weighed again. */
export function withFindings(diagnosis: Diagnosis, findings: Finding[]): Diagnosis {
  const { report: base } = diagnosis;
  return { candidate: diagnosis.candidate, report: { ...base, ...assess(base.kind, findings) } };
}

/** The same diagnosis with more findings, e.g. about the field the key went into. */
export function addFindings(diagnosis: Diagnosis, extra: Finding[]): Diagnosis {
  return extra.length === 0 ? diagnosis : withFindings(diagnosis, [...diagnosis.report.findings, ...extra]);
}

/**
 * Everything Key Doctor can tell about a pasted string without asking OpenAI. Never throws; linear in
 * the input. `totalLength` is the length of the original when only its start was passed on.
 */
export function diagnose(raw: string, totalLength = raw.length): Diagnosis {
  if (totalLength > MAX_ANALYSED_LENGTH) {
    return { candidate: '', report: { ...report('', 'not_a_key', [finding.tooLong(totalLength)]), mask: '', length: totalLength } };
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
  const classified = classifyKey(text);
  const all = [...findings, ...classified.findings];
  return { candidate: classified.text, report: report(classified.text, classified.kind, all, classified.provider) };
}
