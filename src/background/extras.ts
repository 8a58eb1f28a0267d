import { z } from 'zod';
import { said, type Sentences } from '../core/said';
import { SaidSchema } from '../shared/schemas';
import { accountFrom, CREDIT_STATES, type CreditResult, creditCheckModel, creditFrom } from '../core/verify/extras';
import { completeOneToken, fetchMe } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';
import type { Checked } from './verifier';

const CreditSchema: z.ZodType<CreditResult> = z.object({ state: z.enum(CREDIT_STATES), detail: z.array(SaidSchema).max(6) });

const CREDIT_LIFETIME_MS = 10 * 60_000;

/**
 * The opt-in credit check, at most once per key in ten minutes (each one spends a little), made the
 * way OpenAI accepted the key: the same host and headers, on the cheapest model it lists.
 */
export async function creditCheck(key: string, id: string, { models, call }: Checked): Promise<CreditResult> {
  const model = creditCheckModel(models ?? []);
  if (!model) return { state: 'unknown', detail: [said('credit_no_model')] };
  const recent = await readFresh(`credit:${id}`, CREDIT_LIFETIME_MS, (value) => CreditSchema.safeParse(value).data);
  if (recent) return recent;
  const result = creditFrom(await completeOneToken(key, model, call), model);
  if (result.state !== 'unknown') await writeStamped(`credit:${id}`, result);
  return result;
}

/** The opt-in "whose key is this": organization titles only, kept nowhere. */
export async function accountNote(key: string, { call }: Checked): Promise<Sentences | null> {
  const account = accountFrom(await fetchMe(key, call.host));
  if (!account) return [said('account_unknown')];
  const organizations = account.organizations.map(({ title, personal }) => (personal ? said('account_personal', { title }) : title));
  return organizations.length ? [said('account_belongs_to', { organizations })] : null;
}

export function creditNote(result: CreditResult): Sentences {
  return [said(result.state === 'none' ? 'credit_note_none' : 'credit_note'), ...result.detail];
}
