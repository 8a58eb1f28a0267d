import { parseStatus, type StatusSummary } from '../core/status/parse';
import { StatusSummarySchema } from '../shared/schemas';
import { fetchStatus } from './openai-fetch';
import { readFresh, writeStamped } from './session-cache';

const LIFETIME_MS = 60_000;

/** OpenAI's status, read at most once a minute. */
export async function currentStatus(): Promise<StatusSummary> {
  const recent = await readFresh('status', LIFETIME_MS, (value) => StatusSummarySchema.safeParse(value).data);
  if (recent) return recent;
  const status = parseStatus(...(await fetchStatus()));
  await writeStamped('status', status);
  return status;
}
