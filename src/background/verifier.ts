import { z } from 'zod';
import { CHECKS_PER_MINUTE, CHECKS_PER_SOURCE_PER_MINUTE } from '../core/limits';
import { classifyAnswer } from '../core/verify/classify-answer';
import type { Verdict } from '../core/verify/verdicts';
import { creditCheckModel } from '../core/verify/extras';
import { cacheLifetimeMs, retryDelayMs, shouldRetry, SlidingWindow } from '../core/verify/policy';
import { redact } from '../core/verify/redact';
import { allowListed, API_HOSTS, type ApiHost, GLOBAL_HOST, hostNamedIn, regionalVerdict } from '../core/verify/region';
import { VerdictSchema } from '../shared/schemas';
import { probeModels } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';

/**
 * `model`: the model for the opt-in credit check; `host`: where OpenAI accepted the key, so that the
 * extras ask there too.
 */
export type VerifyResult = { verdict: Verdict; cached: boolean; model: string | null; host: ApiHost } | { throttled: true };

interface Checked {
  verdict: Verdict;
  model: string | null;
  host: ApiHost;
}

/** A page may not make Key Doctor hammer OpenAI: per tab (or the popup), and for the whole browser. */
const perSource = new SlidingWindow(CHECKS_PER_SOURCE_PER_MINUTE, 60_000);
const overall = new SlidingWindow(CHECKS_PER_MINUTE, 60_000);
const running = new Map<string, Promise<Checked>>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function redacted(verdict: Verdict, key: string): Verdict {
  const message = verdict.evidence.message === null ? null : redact(verdict.evidence.message, key);
  return { ...verdict, evidence: { ...verdict.evidence, message } };
}

async function probeWithRetries(key: string, host: ApiHost): Promise<Checked> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await probeModels(key, host);
    const verdict = redacted(classifyAnswer(outcome, host), key);
    const model = verdict.kind === 'live' && outcome.kind === 'response' ? creditCheckModel(outcome.body) : null;
    if (!shouldRetry(verdict.kind, attempt)) return { verdict, model, host };
    await sleep(retryDelayMs(attempt));
  }
}

/** Asks at `host`; a key of a project pinned to a region is asked again where OpenAI says, if that host is ours to contact. */
async function check(key: string, host: ApiHost): Promise<Checked> {
  const first = await probeWithRetries(key, host);
  if (first.verdict.kind !== 'wrong_region') return first;
  const named = hostNamedIn(first.verdict.evidence.message ?? '');
  const target = allowListed(named);
  const confirmed = target && target !== host ? await probeWithRetries(key, target) : null;
  const verdict = regionalVerdict(first.verdict, named, confirmed?.verdict ?? null);
  return confirmed ? { verdict, model: confirmed.model, host: confirmed.host } : { verdict, model: null, host };
}

const CheckedSchema = z.object({ verdict: VerdictSchema, model: z.string().max(80).nullable(), host: z.enum(API_HOSTS) });

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
  const checking = check(key, GLOBAL_HOST).finally(() => running.delete(id));
  running.set(id, checking);
  const checked = await checking;
  await writeStamped(`verdict:${id}`, checked);
  return { ...checked, cached: false };
}
