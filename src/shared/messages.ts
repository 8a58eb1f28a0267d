import { z } from 'zod';
import { MAX_ANALYSED_LENGTH } from '../core/key/limits';
import { DiagnosisReportSchema, FieldInfoSchema, SiteHistorySchema, StatusSummarySchema, TabStateSchema, VerifyResultSchema } from './schemas';
import { HintSchema } from './hint-schema';
import { SettingsSchema } from './settings';
import { EXPORT_FORMAT } from './transfer';

/** Who may send a message: a frame of a web page (content script), or one of our own pages. */
export type Origin = 'content' | 'extension-page';

interface Route<Req extends z.ZodType, Res extends z.ZodType> {
  from: Origin;
  request: Req;
  response: Res;
}
const RememberedSitesSchema = z.array(z.object({ origin: z.string().max(300), mask: z.string().max(60), at: z.number().int() })).max(500);

const route = <Req extends z.ZodType, Res extends z.ZodType>(from: Origin, request: Req, response: Res): Route<Req, Res> => ({
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
      trigger: z.enum(['paste', 'edit', 'autofill']),
      maxLength: z.number().int().nonnegative().nullable(),
    }),
    // `check`: ask OpenAI now, offer to, or not (the key is not checkable, or the setting says never).
    // `silent`: the person asked Key Doctor to stay silent on this site; show nothing.
    z.object({ report: DiagnosisReportSchema, check: z.enum(['now', 'offer', 'no']), silent: z.boolean() }),
  ),
  /** Ask OpenAI about what the field holds. The worker re-diagnoses it and sends only the cleaned key. */
  'key/verify': route(
    'content',
    z.object({ value: z.string().max(MAX_ANALYSED_LENGTH + 1), valueLength: z.number().int().nonnegative() }),
    VerifyResultSchema,
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
    z.object({ hints: z.array(HintSchema), problem: z.string().max(500).nullable() }),
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
    z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), exportedAt: z.string(), settings: SettingsSchema, hints: z.array(HintSchema) }),
  ),
  /** An export file's text; the worker validates it and merges, or changes nothing. */
  'data/import': route(
    'extension-page',
    z.object({ text: z.string().max(1_000_000) }),
    z.union([
      z.object({ ok: z.literal(true), added: z.number().int(), skipped: z.array(z.string().max(300)).max(100), hints: z.array(HintSchema) }),
      z.object({ ok: z.literal(false), error: z.string().max(500) }),
    ]),
  ),
  'status/get': route('extension-page', z.object({}), StatusSummarySchema),
  /** Earlier checks on a site in this browser session. */
  'site/history': route('extension-page', z.object({ origin: z.string().max(300) }), z.object({ entries: SiteHistorySchema })),
  /** Whether OpenAI is reachable from this network at all, asked without a key. */
  'network/check': route('extension-page', z.object({}), z.object({ reachable: z.boolean(), detail: z.string().max(300) })),
  /** A key field got focus: a paste is likely, so start the worker now. */
  'worker/wake': route('content', z.object({}), z.object({ ok: z.literal(true) })),
  'tab/state': route('extension-page', z.object({ tabId: z.number().int().nonnegative() }), z.object({ state: TabStateSchema.nullable() })),
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

/** Every answer is wrapped, so a refusal is distinguishable from data. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: 'forbidden' | 'invalid' | 'unknown' | 'failed' };

export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.enum(['forbidden', 'invalid', 'unknown', 'failed']) }),
]);
