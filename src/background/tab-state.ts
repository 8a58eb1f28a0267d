import { session } from '../shared/browser-api';
import { type TabState, TabStateSchema } from '../shared/schemas';

const keyFor = (tabId: number) => `tab:${tabId}`;

export const saveTabState = (tabId: number, state: TabState) => session.set(keyFor(tabId), state);

/** Session storage is ours alone, but it is still read through the schema: a bad entry reads as none. */
export async function loadTabState(tabId: number): Promise<TabState | null> {
  const parsed = TabStateSchema.safeParse(await session.get(keyFor(tabId)));
  return parsed.success ? parsed.data : null;
}

export async function saveVerdict(tabId: number, found: Pick<TabState, 'verdict' | 'notes' | 'credit' | 'layers'> & Partial<Pick<TabState, 'report'>>): Promise<void> {
  const state = await loadTabState(tabId);
  if (state) await saveTabState(tabId, { ...state, ...found });
}

export const clearTabState = (tabId: number) => session.remove(keyFor(tabId));
