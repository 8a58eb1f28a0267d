import { injectIntoFrame } from '../shared/browser-api';
import type { ResponseOf } from '../shared/messages';
import type { Context } from './router';
// Built as a self-contained script of its own (crxjs); the import gives its file name in the extension.
// oxlint-disable-next-line import/default -- the default export is made by the build, not by the module.
import ON_DEMAND_PART from '../content/on-demand/main.ts?script&iife';

/** The on-demand part's file in the built extension. */
export const ON_DEMAND_FILE: string = ON_DEMAND_PART;

/** Runs the content script's on-demand part (the warning's UI, the settings reader) in the frame that asked, next to it. */
export async function loadWarningUI(_request: unknown, { tabId, frameId }: Context): Promise<ResponseOf<'warning/load'>> {
  if (tabId === undefined || frameId === undefined) throw new Error('content message without a frame');
  await injectIntoFrame(tabId, frameId, ON_DEMAND_FILE);
  return { ok: true };
}
