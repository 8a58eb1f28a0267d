import { classify } from './classify';
import type { ProbeOutcome } from './outcome';

/** Cheapest first, non-reasoning only: a one-token answer must be possible. */
const CHEAP_CHAT_MODELS = ['gpt-4.1-nano', 'gpt-4o-mini', 'gpt-4.1-mini', 'gpt-3.5-turbo', 'gpt-4o', 'gpt-4.1'];

/** The cheapest chat model in the key's own model list, or null when it lists none Key Doctor can use. */
export function cheapestChatModel(modelListBody: string): string | null {
  try {
    const ids = new Set(((JSON.parse(modelListBody) as { data?: { id?: unknown }[] }).data ?? []).map((m) => m.id));
    return CHEAP_CHAT_MODELS.find((model) => ids.has(model)) ?? null;
  } catch {
    return null;
  }
}

export interface CreditResult {
  state: 'ok' | 'none' | 'unknown';
  detail: string;
}

/** What a one-token completion says about credit. Only `insufficient_quota`-like answers mean "none". */
export function creditFrom(outcome: ProbeOutcome, model: string): CreditResult {
  if (outcome.kind === 'response' && outcome.status === 200) {
    try {
      if (Array.isArray((JSON.parse(outcome.body) as { choices?: unknown }).choices)) {
        return { state: 'ok', detail: `A one-token test answer from ${model} worked: the key can spend.` };
      }
    } catch {
      // Falls through to the general reading.
    }
  }
  const verdict = classify(outcome);
  if (verdict.kind === 'no_credit') return { state: 'none', detail: verdict.advice };
  return { state: 'unknown', detail: `The credit check got no clear answer: ${verdict.title}` };
}

export interface AccountInfo {
  organizations: string[];
}

/** From `GET /v1/me`, only the organizations' titles. Name and email are not even read out. */
export function accountFrom(outcome: ProbeOutcome): AccountInfo | null {
  if (outcome.kind !== 'response' || outcome.status !== 200) return null;
  try {
    const orgs = (JSON.parse(outcome.body) as { orgs?: { data?: { title?: unknown; personal?: unknown }[] } }).orgs?.data ?? [];
    const titles = orgs
      .map((org) => (typeof org.title === 'string' ? `${org.title.slice(0, 80)}${org.personal === true ? ' (personal)' : ''}` : null))
      .filter((title): title is string => title !== null);
    return { organizations: titles.slice(0, 10) };
  } catch {
    return null;
  }
}
