import { z } from 'zod';
import { DiagnosisReportSchema, FieldInfoSchema, TabStateSchema } from './schemas';
import { SettingsSchema } from './settings';

/** Who may send a message: a frame of a web page (content script), or one of our own pages. */
export type Origin = 'content' | 'extension-page';

interface Route<Req extends z.ZodType, Res extends z.ZodType> {
  from: Origin;
  request: Req;
  response: Res;
}
const route = <Req extends z.ZodType, Res extends z.ZodType>(from: Origin, request: Req, response: Res): Route<Req, Res> => ({
  from,
  request,
  response,
});

const Ack = z.object({ ok: z.literal(true) });

export const ROUTES = {
  /** The content script diagnosed a paste into a key field. Carries the report, never the key. */
  'diagnosis/report': route('content', z.object({ field: FieldInfoSchema, report: DiagnosisReportSchema }), Ack),
  'tab/state': route('extension-page', z.object({ tabId: z.number().int().nonnegative() }), z.object({ state: TabStateSchema.nullable() })),
  'settings/get': route('extension-page', z.object({}), SettingsSchema),
  'settings/set': route('extension-page', SettingsSchema.partial(), SettingsSchema),
};

export type MessageType = keyof typeof ROUTES;
export type RequestOf<T extends MessageType> = z.infer<(typeof ROUTES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof ROUTES)[T]['response']>;
export type Message<T extends MessageType = MessageType> = { type: T; payload: RequestOf<T> };

/** Every answer is wrapped, so a refusal is distinguishable from data. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: 'forbidden' | 'invalid' | 'unknown' | 'failed' };

export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.enum(['forbidden', 'invalid', 'unknown', 'failed']) }),
]);
