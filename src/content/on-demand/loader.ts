import type { Trigger } from '../../core/fields/diagnose-field';
import type { FieldInfo } from '../../shared/schemas';
import { offeredOnDemand } from '../../shared/browser-api/runtime';
import { ask } from '../ask-worker';
import type { KeyFieldElement } from '../field-snapshot';

/** A field recognised as a key field, as the always-on script hands it over. */
export interface KeyField {
  info: FieldInfo;
  maxLength: number | null;
}

/** The checks of this frame's key fields and their one warning card (on-demand/field-checks.ts). */
export interface FieldChecksUI {
  check(field: KeyFieldElement, keyField: KeyField, trigger: Trigger, pasted: string): Promise<void>;
  /** A person's edit in the field: what was under way for it stops at once, before the typing pause ends. */
  edited(field: KeyFieldElement): void;
  /** The popup's "Check with OpenAI" for the check offered here; false when none stands. */
  checkOffered(): boolean;
  dispose(): void;
}

/** The on-demand part of the content script (on-demand/main.ts), once injected into this frame. */
export interface OnDemand {
  createChecks(stillWanted: () => boolean): FieldChecksUI;
  /** The popup's list of key fields, called through the worker when the popup opens. */
  scanPage(): { fields: FieldInfo[] };
  /** The popup's "Check with OpenAI", called through the worker in every frame. */
  checkOffered(): boolean;
  /** False when the extension was updated or removed since this part was injected. */
  alive(): boolean;
}

/** The part injected into this frame, unless an update orphaned it: then the worker injects the new one. */
const offered = () => {
  const part = offeredOnDemand() as OnDemand | undefined;
  return part?.alive() ? part : undefined;
};

export const onDemandLoaded = () => offered() !== undefined;

/** The on-demand part, asking the worker to inject it into this frame first if it is not here yet. */
export async function loadOnDemand(): Promise<OnDemand | undefined> {
  if (!offered()) await ask('warning/load', {});
  return offered();
}
