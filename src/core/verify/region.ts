import { said } from '../said';
import type { Verdict } from './verdicts';

/**
 * OpenAI's API hosts (openai-facts.md §6): the global one and the data-residency ones. The only
 * hosts Key Doctor ever sends a key to; a host OpenAI names in an answer is contacted only if it
 * is one of these.
 */
export const GLOBAL_HOST = 'api.openai.com';
export const API_HOSTS = [GLOBAL_HOST, 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com'] as const;
export type ApiHost = (typeof API_HOSTS)[number];

/** The host a wrong-host answer names: "…Please make your request to us.api.openai.com". */
export function hostNamedIn(message: string): string | null {
  // A global project's key asked at eu. is told it is "only accessible by projects with geography restrictions".
  if (/only accessible by projects with geography restrictions/i.test(message)) return GLOBAL_HOST;
  const named = /make your request to\s+(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(message.slice(0, 500))?.[1];
  return named ? named.toLowerCase().slice(0, 100) : null;
}

export function allowListed(host: string | null): ApiHost | null {
  return API_HOSTS.find((known) => known === host) ?? null;
}

const baseUrlFor = (host: string) => `https://${host}/v1`;

/**
 * The verdict for a key refused as "incorrect regional hostname", once Key Doctor has asked again at
 * the host OpenAI named (`confirmed`), or could not (`confirmed` null: no host named, or one not on
 * the allow-list, which is reported and never contacted).
 */
export function regionalVerdict(refusal: Verdict, named: string | null, confirmed: Verdict | null): Verdict {
  const evidence = { ...refusal.evidence };
  const base = { kind: 'wrong_region' as const, evidence };
  if (!named) return { ...base, works: 'unknown', title: said('v_region_unnamed'), advice: [said('v_region_unnamed_advice')] };
  const baseUrl = baseUrlFor(named);
  if (!confirmed) {
    return {
      ...base,
      works: 'unknown',
      title: said('v_region_not_contacted', { host: named }),
      advice: [said('v_region_not_contacted_advice', { baseUrl, host: named, hosts: API_HOSTS.join(', ') })],
    };
  }
  const fix = said('v_region_set_base_url', { baseUrl });
  if (confirmed.kind === 'live') {
    return {
      ...base,
      works: 'yes',
      title: said(named === GLOBAL_HOST ? 'v_region_global' : 'v_region_pinned', { host: named }),
      advice: [fix, said('v_region_refused_at', { host: refusal.evidence.host })],
      evidence: { ...evidence, note: said('v_region_confirmed_at', { host: named }) },
    };
  }
  if (confirmed.works === 'unknown') {
    return { ...base, works: 'unknown', title: said('v_region_unconfirmed', { host: named }), advice: [fix, confirmed.title] };
  }
  // What OpenAI said at the right host is the answer about the key.
  return { ...confirmed, advice: [...confirmed.advice, said('v_region_pinned_fix', { baseUrl, host: named })] };
}
