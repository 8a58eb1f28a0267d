import type { Trigger } from '../core/fields';
import type { DiagnosisReport } from '../core/key';
import { MAX_ANALYSED_LENGTH } from '../core/key/limits';
import { sendMessage } from '../shared/browser-api/runtime';
import type { Message } from '../shared/messages';
import type { FieldInfo, VerifyResultMessage } from '../shared/schemas';

export interface CheckRequest {
  field: FieldInfo;
  value: string;
  pasted: string;
  trigger: Trigger;
  maxLength: number | null;
}

/** Only the start of a huge paste travels: enough to say it is not a key. */
const clip = (text: string) => text.slice(0, MAX_ANALYSED_LENGTH + 1);

export type CheckAnswer = { report: DiagnosisReport; check: 'now' | 'offer' | 'no'; silent: boolean };

// The content script carries no zod: structural checks of the worker's answers are enough to render them safely.
function isReport(value: unknown): value is DiagnosisReport {
  const report = value as DiagnosisReport | undefined;
  return typeof report?.mask === 'string' && typeof report.worst === 'string' && Array.isArray(report.findings)
    && report.findings.every((f) => typeof f?.message === 'string' && typeof f.severity === 'string');
}

function isVerifyResult(value: unknown): value is VerifyResultMessage {
  const result = value as { verdict?: { title?: unknown; advice?: unknown; works?: unknown; evidence?: unknown } } | undefined;
  if (!result || typeof result !== 'object') return false;
  if (!('verdict' in result)) return 'throttled' in result || 'notCheckable' in result;
  const verdict = result.verdict;
  return typeof verdict?.title === 'string' && typeof verdict.advice === 'string' && typeof verdict.works === 'string'
    && typeof verdict.evidence === 'object' && verdict.evidence !== null;
}

async function ask(message: Message): Promise<unknown> {
  try {
    const answer = (await sendMessage(message)) as { ok?: boolean; data?: unknown } | undefined;
    return answer?.ok ? answer.data : undefined;
  } catch {
    // The extension is reloading or the worker stopped mid-way.
    return undefined;
  }
}

/** Starts the service worker ahead of a likely paste; Chrome stops it after 30 s idle. */
export function wakeWorker(): void {
  void ask({ type: 'worker/wake', payload: {} });
}

/** Asks the worker to diagnose what the field holds. Undefined when the worker cannot answer. */
export async function checkField({ field, value, pasted, trigger, maxLength }: CheckRequest): Promise<CheckAnswer | undefined> {
  const data = (await ask({
    type: 'field/check',
    payload: { field, value: clip(value), valueLength: value.length, pasted: clip(pasted), trigger, maxLength },
  })) as { report?: unknown; check?: unknown; silent?: unknown } | undefined;
  const check = data?.check;
  if (!isReport(data?.report) || (check !== 'now' && check !== 'offer' && check !== 'no')) return undefined;
  return { report: data.report, check, silent: data.silent === true };
}

/** Asks the worker to ask OpenAI. Undefined when the check did not finish. */
export async function verifyKey(value: string): Promise<VerifyResultMessage | undefined> {
  const data = await ask({ type: 'key/verify', payload: { value: clip(value), valueLength: value.length } });
  return isVerifyResult(data) ? data : undefined;
}
