import { session } from '../shared/browser-api';
import { type TabState, TabStateSchema } from '../shared/schemas';
import { inTurn } from './in-turn';

const keyFor = (tabId: number) => `tab:${tabId}`;

/** A new key was checked on the tab: its state starts afresh. */
export const saveTabState = (tabId: number, state: TabState) => inTurn(keyFor(tabId), () => session.set(keyFor(tabId), state));

/** Session storage is ours alone, but it is still read through the schema: a bad entry reads as none. */
export async function loadTabState(tabId: number): Promise<TabState | null> {
  const parsed = TabStateSchema.safeParse(await session.get(keyFor(tabId)));
  return parsed.success ? parsed.data : null;
}

/** Changes the tab's state, if it has one, in turn with every other write to it; the changed state, or null. */
export function updateTabState(tabId: number, change: (state: TabState) => TabState): Promise<TabState | null> {
  return inTurn(keyFor(tabId), async () => {
    const state = await loadTabState(tabId);
    if (!state) return null;
    const next = change(state);
    await session.set(keyFor(tabId), next);
    return next;
  });
}

export async function saveVerdict(tabId: number, found: Pick<TabState, 'verdict' | 'notes' | 'credit' | 'layers'> & Partial<Pick<TabState, 'report'>>): Promise<void> {
  await updateTabState(tabId, (state) => ({ ...state, ...found }));
}

export const clearTabState = (tabId: number) => session.remove(keyFor(tabId));
