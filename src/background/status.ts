import { parseStatus, type StatusSummary } from '../core/status/parse';
import { session } from '../shared/browser-api';
import { fetchStatusJson } from './openai-fetch';

const LIFETIME_MS = 60_000;

/** OpenAI's status, read at most once a minute. */
export async function currentStatus(): Promise<StatusSummary> {
  const entry = (await session.get('status')) as { at?: number; status?: StatusSummary } | undefined;
  if (entry?.status && typeof entry.at === 'number' && Date.now() - entry.at < LIFETIME_MS) return entry.status;
  const status = parseStatus(await fetchStatusJson());
  await session.set('status', { at: Date.now(), status });
  return status;
}
