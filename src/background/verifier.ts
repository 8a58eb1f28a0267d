import { z } from 'zod';
import { CHECKS_PER_MINUTE, CHECKS_PER_SOURCE_PER_MINUTE } from '../core/limits';
import { type CallShape, PLAIN_CALL } from '../core/setup/call-shape';
import { classifyAnswer } from '../core/verify/classify-answer';
import { listedModels } from '../core/verify/extras';
import { cacheLifetimeMs, retryDelayMs, shouldRetry, SlidingWindow } from '../core/verify/policy';
import { redact } from '../core/verify/redact';
import { allowListed, API_HOSTS, hostNamedIn, regionalVerdict } from '../core/verify/region';
import type { Verdict } from '../core/verify/verdicts';
import { VerdictSchema } from '../shared/schemas';
import { probeModels } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';

/**
 * What OpenAI said, and, when it accepted the key: the models it lists for it (for the app's model
 * and the credit check) and the call it accepted it on (so that the extras ask the same way).
 */
export interface Checked {
  verdict: Verdict;
  models: string[] | null;
  call: CallShape;
}

export type VerifyResult = ({ cached: boolean } & Checked) | { throttled: true };

/** A page may not make Key Doctor hammer OpenAI: per tab (or the popup), and for the whole browser. */
const perSource = new SlidingWindow(CHECKS_PER_SOURCE_PER_MINUTE, 60_000);
const overall = new SlidingWindow(CHECKS_PER_MINUTE, 60_000);
const running = new Map<string, Promise<Checked>>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function redacted(verdict: Verdict, key: string): Verdict {
  const message = verdict.evidence.message === null ? null : redact(verdict.evidence.message, key);
  return { ...verdict, evidence: { ...verdict.evidence, message } };
}

async function probeWithRetries(key: string, call: CallShape): Promise<Checked> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await probeModels(key, call);
    const verdict = redacted(classifyAnswer(outcome, call.host), key);
    const models = verdict.kind === 'live' && outcome.kind === 'response' ? listedModels(outcome.body) : null;
    if (!shouldRetry(verdict.kind, attempt)) return { verdict, models, call };
    await sleep(retryDelayMs(attempt));
  }
}

/** Asks as the app will; a key of a project pinned to a region is asked again where OpenAI says, if that host is ours to contact. */
async function check(key: string, call: CallShape): Promise<Checked> {
  const first = await probeWithRetries(key, call);
  if (first.verdict.kind !== 'wrong_region') return first;
  const named = hostNamedIn(first.verdict.evidence.message ?? '');
  const target = allowListed(named);
  const confirmed = target && target !== call.host ? await probeWithRetries(key, { ...call, host: target }) : null;
  const verdict = regionalVerdict(first.verdict, named, confirmed?.verdict ?? null);
  return { ...(confirmed ?? first), verdict };
}

const CheckedSchema: z.ZodType<Checked> = z.object({
  verdict: VerdictSchema,
  models: z.array(z.string().max(80)).max(500).nullable(),
  call: z.object({ host: z.enum(API_HOSTS), organization: z.string().max(40).nullable(), project: z.string().max(40).nullable() }),
});

/**
 * Asks OpenAI about a key as the app will call it, at most once at a time per key and call,
 * reusing a recent answer remembered by its salted fingerprint `id` (never the key). `source` names
 * who asked (a tab, or the popup) for the per-source limit.
 */
export async function verify(key: string, id: string, source: string, call: CallShape = PLAIN_CALL): Promise<VerifyResult> {
  const name = `verdict:${id}:${call.host}:${call.organization ?? ''}:${call.project ?? ''}`;
  const recent = await readFresh(name, (checked: Checked) => cacheLifetimeMs(checked.verdict.kind), (value) => CheckedSchema.safeParse(value).data);
  if (recent) return { ...recent, cached: true };
  const inFlight = running.get(name);
  if (inFlight) return { ...(await inFlight), cached: false };
  const now = Date.now();
  if (!perSource.take(source, now) || !overall.take('all', now)) return { throttled: true };
  const checking = check(key, call).finally(() => running.delete(name));
  running.set(name, checking);
  const checked = await checking;
  await writeStamped(name, checked);
  return { ...checked, cached: false };
}
