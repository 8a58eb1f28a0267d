import type { AppSettings } from '../../core/setup/readings';
import type { FieldInfo } from '../../shared/schemas';
import { offeredOnDemand } from '../../shared/browser-api/runtime';
import { ask } from '../ask-worker';
import type { KeyFieldElement } from '../field-snapshot';
import type { InlineWarning } from '../warning/inline-warning';
import type { followUp } from './follow-up';

export type WarningUI = Pick<InlineWarning, 'show' | 'hide' | 'shownFor'>;

/** The on-demand part of the content script (on-demand/main.ts), once injected into this frame. */
export interface OnDemand {
  createWarning(stillWanted: () => boolean, onDismissed: (field: HTMLElement) => void): WarningUI;
  readAppSettings(keyField: KeyFieldElement): AppSettings;
  followUp: typeof followUp;
  /** The popup's list of key fields, called through the worker when the popup opens. */
  scanPage(): { fields: FieldInfo[] };
}

const offered = () => offeredOnDemand() as OnDemand | undefined;

export const onDemandLoaded = () => offered() !== undefined;

/** The on-demand part, asking the worker to inject it into this frame first if it is not here yet. */
export async function loadOnDemand(): Promise<OnDemand | undefined> {
  if (!offered()) await ask('warning/load', {});
  return offered();
}
