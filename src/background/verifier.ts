import { z } from 'zod';
import { classify, type Verdict } from '../core/verify/classify';
import { cacheLifetimeMs, retryDelayMs, shouldRetry, SlidingWindow } from '../core/verify/policy';
import { cheapestChatModel } from '../core/verify/extras';
import { redact } from '../core/verify/redact';
import { VerdictSchema } from '../shared/schemas';
import { probeModels } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';

/** `model`: the cheapest chat model the key lists, for the opt-in credit check. */
export type VerifyResult = { verdict: Verdict; cached: boolean; model: string | null } | { throttled: true };

interface Checked {
  verdict: Verdict;
  model: string | null;
}

/** A page may not make Key Doctor hammer OpenAI: per tab (or the popup), and for the whole browser. */
const perSource = new SlidingWindow(6, 60_000);
const overall = new SlidingWindow(30, 60_000);
const running = new Map<string, Promise<Checked>>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function redacted(verdict: Verdict, key: string): Verdict {
  const message = verdict.evidence.message === null ? null : redact(verdict.evidence.message, key);
  return { ...verdict, evidence: { ...verdict.evidence, message } };
}

async function probeWithRetries(key: string): Promise<Checked> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await probeModels(key);
    const verdict = redacted(classify(outcome), key);
    const model = verdict.kind === 'live' && outcome.kind === 'response' ? cheapestChatModel(outcome.body) : null;
    if (!shouldRetry(verdict.kind, attempt)) return { verdict, model };
    await sleep(retryDelayMs(attempt));
  }
}

const CheckedSchema = z.object({ verdict: VerdictSchema, model: z.string().max(60).nullable() });

/**
 * Asks OpenAI about a key, at most once at a time per key, reusing a recent answer remembered by
 * its salted fingerprint `id` (never the key). `source` names who asked (a tab, or the popup) for
 * the per-source limit.
 */
export async function verify(key: string, id: string, source: string): Promise<VerifyResult> {
  const recent = await readFresh(`verdict:${id}`, (checked: Checked) => cacheLifetimeMs(checked.verdict.kind), (value) => CheckedSchema.safeParse(value).data);
  if (recent) return { ...recent, cached: true };
  const inFlight = running.get(id);
  if (inFlight) return { ...(await inFlight), cached: false };
  const now = Date.now();
  if (!perSource.take(source, now) || !overall.take('all', now)) return { throttled: true };
  const check = probeWithRetries(key).finally(() => running.delete(id));
  running.set(id, check);
  const checked = await check;
  await writeStamped(`verdict:${id}`, checked);
  return { ...checked, cached: false };
}
