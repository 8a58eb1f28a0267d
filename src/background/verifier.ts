import { fingerprint } from '../core/key';
import { classify, type Verdict } from '../core/verify/classify';
import { cacheLifetimeMs, retryDelayMs, shouldRetry, SlidingWindow } from '../core/verify/policy';
import { redact } from '../core/verify/redact';
import { session } from '../shared/browser-api';
import { VerdictSchema } from '../shared/schemas';
import { probeModels } from './openai-fetch';
import { loadStore } from './store';

export type VerifyResult = { verdict: Verdict; cached: boolean } | { throttled: true };

/** A page may not make Key Doctor hammer OpenAI: per tab, and for the whole browser. */
const perTab = new SlidingWindow(6, 60_000);
const overall = new SlidingWindow(30, 60_000);
const running = new Map<string, Promise<Verdict>>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function redacted(verdict: Verdict, key: string): Verdict {
  const message = verdict.evidence.message === null ? null : redact(verdict.evidence.message, key);
  return { ...verdict, evidence: { ...verdict.evidence, message } };
}

async function probeWithRetries(key: string): Promise<Verdict> {
  for (let attempt = 0; ; attempt++) {
    const verdict = redacted(classify(await probeModels(key)), key);
    if (!shouldRetry(verdict.kind, attempt)) return verdict;
    await sleep(retryDelayMs(attempt));
  }
}

/** Verdicts are remembered by salted fingerprint, in session storage (the worker may stop any time). */
async function cached(id: string): Promise<Verdict | undefined> {
  const entry = (await session.get(`verdict:${id}`)) as { at?: unknown; verdict?: unknown } | undefined;
  const verdict = VerdictSchema.safeParse(entry?.verdict);
  if (!verdict.success || typeof entry?.at !== 'number') return undefined;
  return Date.now() - entry.at < cacheLifetimeMs(verdict.data.kind) ? verdict.data : undefined;
}

/** Asks OpenAI about a key, at most once at a time per key, reusing a recent answer. */
export async function verify(key: string, tabId: number): Promise<VerifyResult> {
  const id = fingerprint(key, (await loadStore()).salt);
  const recent = await cached(id);
  if (recent) return { verdict: recent, cached: true };
  const inFlight = running.get(id);
  if (inFlight) return { verdict: await inFlight, cached: false };
  const now = Date.now();
  if (!perTab.take(`tab:${tabId}`, now) || !overall.take('all', now)) return { throttled: true };
  const check = probeWithRetries(key).finally(() => running.delete(id));
  running.set(id, check);
  const verdict = await check;
  await session.set(`verdict:${id}`, { at: Date.now(), verdict });
  return { verdict, cached: false };
}
