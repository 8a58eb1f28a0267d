import { offeredWarningUI } from '../../shared/browser-api/runtime';
import { ask } from '../ask-worker';
import type { InlineWarning } from './inline-warning';

export type WarningUI = Pick<InlineWarning, 'show' | 'hide' | 'shownFor'>;
export type WarningFactory = (stillWanted: () => boolean, onDismissed: (field: HTMLElement) => void) => WarningUI;

const offered = () => offeredWarningUI() as WarningFactory | undefined;

export const warningUILoaded = () => offered() !== undefined;

/** The warning's UI, asking the worker to inject it into this frame first if it is not here yet. */
export async function loadWarningUI(): Promise<WarningFactory | undefined> {
  if (!offered()) await ask('warning/load', {});
  return offered();
}
