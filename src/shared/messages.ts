import { z } from 'zod';
import { TRIGGERS } from '../core/fields/diagnose-field';
import { MAX_ANALYSED_LENGTH } from '../core/limits';
import { AppSettingsSchema, DiagnosisReportSchema, FieldInfoSchema, LayeredVerdictSchema, PageEvidenceSchema, SaidSchema, SavedKeySchema, SiteHistorySchema, StatusSummarySchema, TabStateSchema, VerifyResultSchema } from './schemas';
import { HintSchema } from './hint-schema';
import { ExportedSettingsSchema, SettingsSchema } from './settings';
import { EXPORT_FORMAT, EXPORT_VERSION } from './transfer';

/** Who may send a message: a frame of a web page (content script), or one of our own pages. */
export type SenderKind = 'content' | 'extension-page';

interface Route<From extends SenderKind, Req extends z.ZodType, Res extends z.ZodType> {
  from: From;
  request: Req;
  response: Res;
}
const RememberedSitesSchema = z.array(z.object({ origin: z.string().max(300), mask: z.string().max(60), at: z.number().int() })).max(500);

const route = <From extends SenderKind, Req extends z.ZodType, Res extends z.ZodType>(from: From, request: Req, response: Res): Route<From, Req, Res> => ({
  from,
  request,
  response,
});

export const ROUTES = {
  /**
   * Something landed in a key field. Carries the field's value (the key, in memory only) for the
   * worker to diagnose; the answer is the report, which never holds more of the key than its mask.
   */
  'field/check': route(
    'content',
    z.object({
      field: FieldInfoSchema,
      value: z.string().max(MAX_ANALYSED_LENGTH + 1),
      valueLength: z.number().int().nonnegative(),
      pasted: z.string().max(MAX_ANALYSED_LENGTH + 1),
      trigger: z.enum(TRIGGERS),
      maxLength: z.number().int().nonnegative().nullable(),
      /** The app's settings beside the field, each value checked against its shape. */
      settings: AppSettingsSchema.optional(),
    }),
    // `silent`: the person asked Key Doctor to stay silent on this site; show nothing.
    // Otherwise the report and the check plan: ask OpenAI now, offer to, or not.
    // `offer`: with the plan "offer", the one-time token a person's click redeems in `key/verify`.
    z.union([z.object({ silent: z.literal(true) }), z.object({ report: DiagnosisReportSchema, check: z.enum(['now', 'offer', 'no']), offer: z.string().regex(/^[0-9a-f]{32}$/).optional() })]),
  ),
  /**
   * Ask OpenAI about what the field holds, as the app beside it will call (its regional host, its
   * organization and project ids). The worker re-diagnoses it and sends only the cleaned key.
   */
  'key/verify': route(
    'content',
    z.object({ value: z.string().max(MAX_ANALYSED_LENGTH + 1), valueLength: z.number().int().nonnegative(), settings: AppSettingsSchema.optional(), offer: z.string().max(64).optional() }),
    VerifyResultSchema,
  ),
  /**
   * The page showed an error after a key-field event (OpenAI's, echoed by the app, or the site's own).
   * The answer is the tab's report with it weighed in, and the layered verdict with it; `none` when no
   * key was checked on the tab.
   */
  'page/evidence': route(
    'content',
    z.object({ evidence: PageEvidenceSchema }),
    z.union([z.object({ none: z.literal(true) }), z.object({ report: DiagnosisReportSchema, layers: LayeredVerdictSchema.optional() })]),
  ),
  /** The popup's "check any key": diagnosis, and OpenAI's answer when the key is checkable. */
  'key/check': route(
    'extension-page',
    z.object({ value: z.string().max(MAX_ANALYSED_LENGTH + 1), valueLength: z.number().int().nonnegative() }),
    z.object({ report: DiagnosisReportSchema, result: VerifyResultSchema.nullable() }),
  ),
  'hints/list': route('extension-page', z.object({}), z.object({ hints: z.array(HintSchema) })),
  /** A pasted key becomes a hint; the key is dropped in the worker once it is hashed. */
  'hints/add': route(
    'extension-page',
    z.object({ value: z.string().max(MAX_ANALYSED_LENGTH + 1), label: z.string().max(80) }),
    z.object({ hints: z.array(HintSchema), problem: SaidSchema.nullable() }),
  ),
  'hints/update': route(
    'extension-page',
    z.object({ id: z.string().max(32), label: z.string().max(80).optional(), note: z.string().max(200).optional() }),
    z.object({ hints: z.array(HintSchema) }),
  ),
  'hints/delete': route('extension-page', z.object({ id: z.string().max(32) }), z.object({ hints: z.array(HintSchema) })),
  'hints/move': route(
    'extension-page',
    z.object({ id: z.string().max(32), by: z.union([z.literal(-1), z.literal(1)]) }),
    z.object({ hints: z.array(HintSchema) }),
  ),
  'sites/list': route('extension-page', z.object({}), z.object({ sites: RememberedSitesSchema })),
  'sites/forget': route('extension-page', z.object({}), z.object({ sites: RememberedSitesSchema })),
  'data/export': route(
    'extension-page',
    z.object({}),
    z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION), exportedAt: z.string(), settings: ExportedSettingsSchema, hints: z.array(HintSchema) }),
  ),
  /** An export file's text; the worker validates it and merges, or changes nothing. */
  'data/import': route(
    'extension-page',
    z.object({ text: z.string().max(1_000_000) }),
    z.union([
      z.object({ ok: z.literal(true), added: z.number().int(), skipped: z.array(SaidSchema).max(100), hints: z.array(HintSchema) }),
      z.object({ ok: z.literal(false), error: SaidSchema }),
    ]),
  ),
  /** OpenAI's status page, read again when the popup's view came before it. */
  'status/get': route('extension-page', z.object({}), StatusSummarySchema),
  /**
   * Everything the popup shows when it opens, in one answer: what was pasted on the tab and OpenAI's
   * verdict, how many key hints there are, the credit consent, the status page (`off` when status
   * checks are off; null when it was not read in time) and this session's checks on the site.
   */
  'popup/view': route(
    'extension-page',
    z.object({ tabId: z.number().int().nonnegative(), origin: z.string().max(300) }),
    z.object({
      state: TabStateSchema.nullable(),
      hintCount: z.number().int().nonnegative(),
      creditConsent: z.boolean(),
      status: z.union([StatusSummarySchema, z.literal('off')]).nullable(),
      history: SiteHistorySchema,
    }),
  ),
  /**
   * "Look for a saved key on this site": every frame of the tab reads its own storage and answers with
   * masks and fingerprints; the worker says whose each key is. Nothing of it is kept.
   */
  'site/saved-keys': route(
    'extension-page',
    z.object({ tabId: z.number().int().nonnegative(), origin: z.string().max(300) }),
    z.object({ found: z.array(SavedKeySchema).max(200), partial: z.boolean() }),
  ),
  /** "Clear only this entry": the frame that found it removes the entry its token names. */
  'site/clear-saved-key': route(
    'extension-page',
    z.object({ tabId: z.number().int().nonnegative(), token: z.string().regex(/^[0-9a-f]{24}$/) }),
    z.object({ cleared: z.boolean() }),
  ),
  /** The key fields in every frame of the tab and why each was recognised; null where Key Doctor may not look (browser pages, stores). */
  'page/scan': route('extension-page', z.object({ tabId: z.number().int().nonnegative() }), z.object({ fields: z.array(FieldInfoSchema).max(50) }).nullable()),
  /** Whether OpenAI is reachable from this network at all, asked without a key. */
  'network/check': route('extension-page', z.object({}), z.object({ reachable: z.boolean(), detail: SaidSchema })),
  /** A key field got focus: a paste is likely, so start the worker now. */
  'worker/wake': route('content', z.object({}), z.object({ ok: z.literal(true) })),
  /** Bring the inline warning's UI into the sending frame (it is not part of the always-on content script). */
  'warning/load': route('content', z.object({}), z.object({ ok: z.literal(true) })),
  /** The page kept hiding, removing or restyling the card: the badge and the popup say so instead. */
  'warning/tampered': route('content', z.object({}), z.object({ ok: z.literal(true) })),
  /** The popup's "Check with OpenAI" for the check offered on the tab ("ask me first"): true when a frame started it. */
  'popup/check-offered': route('extension-page', z.object({ tabId: z.number().int().nonnegative() }), z.object({ started: z.boolean() })),
  'settings/get': route('extension-page', z.object({}), SettingsSchema),
  'settings/set': route('extension-page', SettingsSchema.partial(), SettingsSchema),
};

export type MessageType = keyof typeof ROUTES;

/** What each frame's content script answers to the popup's scan. */
export const PageScanSchema = z.object({ fields: z.array(FieldInfoSchema).max(50) });
export type PageScan = z.infer<typeof PageScanSchema>;
export type RequestOf<T extends MessageType> = z.infer<(typeof ROUTES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof ROUTES)[T]['response']>;
export type Message<T extends MessageType = MessageType> = { type: T; payload: RequestOf<T> };
/** The messages a content script may send, and those only our pages may send. */
export type ContentMessageType = { [T in MessageType]: (typeof ROUTES)[T]['from'] extends 'content' ? T : never }[MessageType];
export type PageMessageType = Exclude<MessageType, ContentMessageType>;

/** Every answer is wrapped, so a refusal is distinguishable from data. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: 'forbidden' | 'invalid' | 'unknown' | 'failed' };

export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.enum(['forbidden', 'invalid', 'unknown', 'failed']) }),
]);
