/** Every number that bounds what Key Doctor takes in, keeps or does: one place, so they agree. */

/** Longer than any key by far; past this the text is not analysed, only reported, so big pastes stay cheap. */
export const MAX_ANALYSED_LENGTH = 4096;

/** Key hints a person may keep. */
export const MAX_HINTS = 50;

/** Key fields one frame reports to the popup's scan, and the popup lists in all. */
export const MAX_PAGE_FIELDS = 50;

/** Checks of this browser session the popup lists per site. */
export const HISTORY_PER_SITE = 10;

/** Questions to OpenAI a minute: per tab (or the popup), and for the whole browser. */
export const CHECKS_PER_SOURCE_PER_MINUTE = 6;
export const CHECKS_PER_MINUTE = 30;

/**
 * What one tab's content scripts may ask the worker a minute, beyond asking OpenAI: a person pastes,
 * types or focuses a few times a minute; a page looping over them is refused.
 */
export const PAGE_MESSAGES_PER_TAB_PER_MINUTE = { 'field/check': 30, 'worker/wake': 20, 'warning/load': 20, 'page/evidence': 30, 'warning/tampered': 5 } as const;

/** How long a check offered under "ask me first" may be taken up by a person's click. */
export const OFFER_MS = 15 * 60_000;
