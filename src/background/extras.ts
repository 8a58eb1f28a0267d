import { accountFrom, CREDIT_STATES, type CreditResult, creditFrom } from '../core/verify/extras';
import type { ApiHost } from '../core/verify/region';
import { z } from 'zod';
import { completeOneToken, fetchMe } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';

const CreditSchema: z.ZodType<CreditResult> = z.object({ state: z.enum(CREDIT_STATES), detail: z.string().max(500) });

const CREDIT_LIFETIME_MS = 10 * 60_000;

/** The opt-in credit check, at most once per key in ten minutes: each one spends a little. */
export async function creditCheck(key: string, id: string, model: string | null, host: ApiHost): Promise<CreditResult> {
  if (!model) return { state: 'unknown', detail: 'The key lists no model Key Doctor can use for a one-token test.' };
  const recent = await readFresh(`credit:${id}`, CREDIT_LIFETIME_MS, (value) => CreditSchema.safeParse(value).data);
  if (recent) return recent;
  const result = creditFrom(await completeOneToken(key, model, host), model);
  if (result.state !== 'unknown') await writeStamped(`credit:${id}`, result);
  return result;
}

/** The opt-in "whose key is this": organization titles only, kept nowhere. */
export async function accountNote(key: string, host: ApiHost): Promise<string | null> {
  const account = accountFrom(await fetchMe(key, host));
  if (!account) return 'Key Doctor could not ask OpenAI whose key this is.';
  return account.organizations.length ? `This key belongs to: ${account.organizations.join(', ')}.` : null;
}

export function creditNote(result: CreditResult): string {
  return result.state === 'none' ? `Credit: none. ${result.detail}` : `Credit check: ${result.detail}`;
}
