import type { Trigger } from '../core/fields';
import type { DiagnosisReport } from '../core/key';
import { MAX_ANALYSED_LENGTH } from '../core/key/limits';
import { sendMessage } from '../shared/browser-api/runtime';
import type { Message } from '../shared/messages';
import type { FieldInfo } from '../shared/schemas';

export interface CheckRequest {
  field: FieldInfo;
  value: string;
  pasted: string;
  trigger: Trigger;
  maxLength: number | null;
}

/** Only the start of a huge paste travels: enough to say it is not a key. */
const clip = (text: string) => text.slice(0, MAX_ANALYSED_LENGTH + 1);

// The content script carries no zod: a structural check of the worker's answer is enough to render it safely.
function isReport(value: unknown): value is DiagnosisReport {
  const report = value as DiagnosisReport | undefined;
  return typeof report?.mask === 'string' && typeof report.worst === 'string' && Array.isArray(report.findings)
    && report.findings.every((f) => typeof f?.message === 'string' && typeof f.severity === 'string');
}

/** Starts the service worker ahead of a likely paste; Chrome stops it after 30 s idle. */
export function wakeWorker(): void {
  const message: Message<'worker/wake'> = { type: 'worker/wake', payload: {} };
  sendMessage(message).catch(() => undefined);
}

/** Asks the worker to diagnose what the field holds. Undefined when the worker cannot answer. */
export async function checkField({ field, value, pasted, trigger, maxLength }: CheckRequest): Promise<DiagnosisReport | undefined> {
  const message: Message<'field/check'> = {
    type: 'field/check',
    payload: { field, value: clip(value), valueLength: value.length, pasted: clip(pasted), trigger, maxLength },
  };
  try {
    const answer = (await sendMessage(message)) as { ok?: boolean; data?: { report?: unknown } } | undefined;
    return answer?.ok && isReport(answer.data?.report) ? answer.data.report : undefined;
  } catch {
    // The extension is reloading or the worker is restarting.
    return undefined;
  }
}
