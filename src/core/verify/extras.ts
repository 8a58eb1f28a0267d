import { said, type Sentences } from '../said';
import { classifyAnswer } from './classify-answer';
import type { ProbeOutcome } from './outcome';

/** Cheapest first, non-reasoning only: a one-token answer must be possible. */
const CHEAP_CHAT_MODELS = ['gpt-4.1-nano', 'gpt-4o-mini', 'gpt-4.1-mini', 'gpt-3.5-turbo', 'gpt-4o', 'gpt-4.1'];

/** A dated snapshot of an alias: `gpt-4o-mini-2024-07-18`, `gpt-3.5-turbo-0125`. */
const snapshotOf = (alias: string) => new RegExp(`^${alias.replace(/\./g, '\\.')}-(?:\\d{4}-\\d{2}-\\d{2}|\\d{4})$`);

/** The model ids a successful `GET /v1/models` lists, bounded; null when the body is not such a list. */
export function listedModels(modelListBody: string): string[] | null {
  try {
    const data = (JSON.parse(modelListBody) as { data?: { id?: unknown }[] }).data;
    if (!Array.isArray(data)) return null;
    return data.map((m) => m?.id).filter((id): id is string => typeof id === 'string' && id.length <= 80).slice(0, 500);
  } catch {
    return null;
  }
}

/**
 * The model for the credit check: the cheapest chat model the key lists, as a dated snapshot when
 * the list has one — an alias has answered where its snapshot said `insufficient_quota`
 * (openai-facts.md §4). `ids`: the key's model list. Null when it lists none Key Doctor can use.
 */
export function creditCheckModel(ids: readonly string[]): string | null {
  const alias = CHEAP_CHAT_MODELS.find((model) => ids.some((id) => id === model || snapshotOf(model).test(id)));
  if (!alias) return null;
  const snapshots = ids.filter((id) => snapshotOf(alias).test(id)).toSorted();
  return snapshots.at(-1) ?? alias;
}

/** `accepted`: a one-token request went through — not proof of paid credit. `none`: OpenAI said so with a 429. */
export const CREDIT_STATES = ['accepted', 'none', 'unknown'] as const;

export interface CreditResult {
  state: (typeof CREDIT_STATES)[number];
  detail: Sentences;
}

/**
 * What a one-token completion says. A success means only "this key can make requests now": new
 * accounts get a small free allowance. Only a 429 with a billing code means "no credit".
 */
export function creditFrom(outcome: ProbeOutcome, model: string): CreditResult {
  if (outcome.kind === 'response' && outcome.status === 200) {
    try {
      if (Array.isArray((JSON.parse(outcome.body) as { choices?: unknown }).choices)) {
        return { state: 'accepted', detail: [said('credit_accepted', { model }), said('credit_free_allowance')] };
      }
    } catch {
      // Falls through to the general reading.
    }
  }
  const verdict = classifyAnswer(outcome);
  if (verdict.kind === 'no_credit' || verdict.kind === 'billing_inactive') return { state: 'none', detail: [verdict.title, ...verdict.advice] };
  return { state: 'unknown', detail: [said('credit_unclear', { answer: verdict.title })] };
}

export interface AccountInfo {
  organizations: { title: string; personal: boolean }[];
}

/** From `GET /v1/me`, only the organizations' titles. Name and email are not even read out. */
export function accountFrom(outcome: ProbeOutcome): AccountInfo | null {
  if (outcome.kind !== 'response' || outcome.status !== 200) return null;
  try {
    const orgs = (JSON.parse(outcome.body) as { orgs?: { data?: { title?: unknown; personal?: unknown }[] } }).orgs?.data ?? [];
    const titles = orgs.flatMap((org) => (typeof org.title === 'string' ? [{ title: org.title.slice(0, 80), personal: org.personal === true }] : []));
    return { organizations: titles.slice(0, 10) };
  } catch {
    return null;
  }
}
