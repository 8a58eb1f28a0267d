import { MAX_PAGE_FIELDS } from '../core/limits';
import { callInAllFrames } from '../shared/browser-api';
import { ON_DEMAND } from '../shared/browser-api/runtime';
import { PageScanSchema, type RequestOf, type ResponseOf } from '../shared/messages';
import { ON_DEMAND_FILE } from './warning-ui';

/** The popup's list of the tab's key fields: each frame scans itself; frames that answer nonsense add nothing. */
export async function scanTab({ tabId }: RequestOf<'page/scan'>): Promise<ResponseOf<'page/scan'>> {
  let answers: unknown[];
  try {
    answers = await callInAllFrames(tabId, ON_DEMAND_FILE, ON_DEMAND, 'scanPage', []);
  } catch {
    return null;
  }
  const fields = answers.flatMap((answer) => PageScanSchema.safeParse(answer).data?.fields ?? []);
  return { fields: fields.slice(0, MAX_PAGE_FIELDS) };
}
