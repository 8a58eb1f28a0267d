import { MAX_ANALYSED_LENGTH } from '../core/limits';
import type { DiagnosisReport } from '../core/key';
import { sendMessage } from '../shared/browser-api/runtime';
import type { ContentMessageType, RequestOf, ResponseOf } from '../shared/messages';

/**
 * The content script carries no zod: each answer is checked structurally — enough to render it
 * safely as text — before use. `answer-guards.test.ts` fuzzes these against the routes' zod schemas.
 */
/** Words as the core says them (core/said.ts): a key, and values that are text, numbers, times ago or words again, a few levels deep. */
function isSaid(value: unknown, depth = 6): boolean {
  const words = value as { key?: unknown; values?: unknown } | null | undefined;
  if (typeof words?.key !== 'string' || depth < 0) return false;
  if (words.values === undefined) return true;
  if (typeof words.values !== 'object' || words.values === null) return false;
  const isValue = (v: unknown): boolean =>
    typeof v === 'string' || typeof v === 'number' || (Array.isArray(v) ? v.every((item) => typeof item === 'string' || isSaid(item, depth - 1)) : typeof (v as { ago?: unknown })?.ago === 'number' || isSaid(v, depth - 1));
  return Object.values(words.values).every(isValue);
}

const isSentences = (value: unknown) => Array.isArray(value) && value.every((words) => isSaid(words));

function isReport(value: unknown): value is DiagnosisReport {
  const report = value as DiagnosisReport | undefined;
  return typeof report?.mask === 'string' && typeof report.worst === 'string' && typeof report.checkable === 'boolean'
    && typeof report.kind === 'string' && (report.provider === undefined || typeof report.provider === 'string')
    && Array.isArray(report.findings)
    && report.findings.every((f) => isSaid(f?.message) && typeof f.severity === 'string' && (f.fix === undefined || isSaid(f.fix)));
}

const isText = (value: unknown) => value === null || typeof value === 'string';

/** Every field of the evidence is shown as text: each must be text already (a status a number). */
function isEvidence(value: unknown): boolean {
  const e = value as Record<string, unknown> | null | undefined;
  return typeof e === 'object' && e !== null && (e.status === null || typeof e.status === 'number')
    && isText(e.host) && isText(e.code) && isText(e.requestId) && isText(e.message) && (e.note === null || isSaid(e.note));
}

/** The layered verdict, when there is one: each line is shown as text. */
function isLayers(value: unknown): boolean {
  if (value === undefined) return true;
  const v = value as { headline?: unknown; works?: unknown; layers?: unknown } | null;
  return isSaid(v?.headline) && typeof v?.works === 'string' && Array.isArray(v.layers)
    && v.layers.every((l: { id?: unknown; state?: unknown; detail?: unknown }) => typeof l?.id === 'string' && typeof l.state === 'string' && isSentences(l.detail));
}

export const ANSWER_GUARDS: { [T in ContentMessageType]: (value: unknown) => value is ResponseOf<T> } = {
  'field/check': (value): value is ResponseOf<'field/check'> => {
    const answer = value as { silent?: unknown; report?: unknown; check?: unknown; offer?: unknown } | undefined;
    if (answer?.silent === true) return true;
    return isReport(answer?.report) && (answer.check === 'now' || answer.check === 'offer' || answer.check === 'no') && (answer.offer === undefined || typeof answer.offer === 'string');
  },
  'key/verify': (value): value is ResponseOf<'key/verify'> => {
    const result = value as { verdict?: { title?: unknown; advice?: unknown; works?: unknown; kind?: unknown; evidence?: unknown }; notes?: unknown; layers?: unknown; report?: unknown; throttled?: unknown; notCheckable?: unknown } | undefined;
    if (!result || typeof result !== 'object') return false;
    if (!('verdict' in result)) return result.throttled === true || result.notCheckable === true;
    const { verdict } = result;
    return isSaid(verdict?.title) && isSentences(verdict?.advice) && typeof verdict?.works === 'string'
      && typeof verdict.kind === 'string' && isEvidence(verdict.evidence)
      && Array.isArray(result.notes) && result.notes.every(isSentences) && isLayers(result.layers)
      && (result.report === undefined || isReport(result.report));
  },
  'page/evidence': (value): value is ResponseOf<'page/evidence'> => {
    const answer = value as { none?: unknown; report?: unknown; layers?: unknown } | undefined;
    return answer?.none === true || (isReport(answer?.report) && isLayers(answer.layers));
  },
  'worker/wake': (value): value is ResponseOf<'worker/wake'> => (value as { ok?: unknown } | undefined)?.ok === true,
  'warning/load': (value): value is ResponseOf<'warning/load'> => (value as { ok?: unknown } | undefined)?.ok === true,
  'warning/tampered': (value): value is ResponseOf<'warning/tampered'> => (value as { ok?: unknown } | undefined)?.ok === true,
};

/** Asks the service worker. Undefined when it cannot answer (reloading, stopped mid-way) or answers something malformed. */
export async function ask<T extends ContentMessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T> | undefined> {
  try {
    const envelope = (await sendMessage({ type, payload })) as { ok?: boolean; data?: unknown } | undefined;
    const guard = ANSWER_GUARDS[type] as (value: unknown) => value is ResponseOf<T>;
    return envelope?.ok && guard(envelope.data) ? envelope.data : undefined;
  } catch {
    return undefined;
  }
}

/** Only the start of a huge paste travels: enough to say it is not a key. */
export const clip = (text: string) => text.slice(0, MAX_ANALYSED_LENGTH + 1);
