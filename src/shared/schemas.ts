import { z } from 'zod';
import { type DiagnosisReport, FINDING_CODES, KEY_KINDS, SCOPES, SEVERITIES } from '../core/key';
import type { Said } from '../core/said';
import type { StatusSummary } from '../core/status/parse';
import type { Verdict } from '../core/verify/verdicts';
import { MAX_LABEL_LENGTH, MAX_URL_LENGTH, READING_PROBLEMS, readSetting, SETTING_ROLES, type AppSettings, type SettingRole } from '../core/setup/readings';
import { CREDIT_STATES } from '../core/verify/extras';
import { LAYER_IDS, LAYER_STATES, type LayeredVerdict } from '../core/verify/layers';
import { VERDICT_KINDS } from '../core/verify/verdicts';
import { PAGE_SIGNALS, type PageEvidence } from '../core/page-evidence/page-text';
import { type FoundKey, type SavedKey, SCAN_LIMITS, STORAGE_AREAS } from '../core/page-evidence/saved-keys';

// No code generation: zod validates with its interpreter, never `new Function` (the extension's CSP
// forbids it, and even zod's probe is reported as a CSP violation). The build also stubs zod's
// Function constructor out: see zodWithoutFunctionConstructor in vite.config.ts.
z.config({ jitless: true });

const text = (max: number) => z.string().max(max);

/**
 * Words as the core says them (src/core/said.ts): a catalog key and its values — data, numbers, times
 * ago, and words inside words, at most `depth` deep. Only the key's shape is checked here: a key the
 * catalogs lack is shown as it is, never run.
 */
function saidSchema(depth: number): z.ZodType<Said> {
  const data = text(600);
  const ago = z.object({ ago: z.number().nonnegative() });
  const inner = depth > 0 ? saidSchema(depth - 1) : undefined;
  const value = inner ? z.union([data, z.number(), inner, ago, z.array(z.union([data, inner])).max(20)]) : z.union([data, z.number(), ago, z.array(data).max(20)]);
  return z.object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,60}$/),
    values: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/), value).optional(),
  }) as unknown as z.ZodType<Said>;
}

export const SaidSchema = saidSchema(6);
const SentencesSchema = z.array(SaidSchema).max(12);

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  scope: z.enum(SCOPES),
  message: SaidSchema,
  fix: SaidSchema.optional(),
});

export const DiagnosisReportSchema: z.ZodType<DiagnosisReport> = z.object({
  kind: z.enum(KEY_KINDS),
  provider: text(40).optional(),
  findings: z.array(FindingSchema).max(24),
  mask: text(60),
  length: z.number().int().nonnegative(),
  worst: z.enum([...SEVERITIES, 'none']),
  checkable: z.boolean(),
});

/** An error the page showed after a key-field event, as the content script read it: a signal, an echoed mask, a short quote. */
export const PageEvidenceSchema: z.ZodType<PageEvidence> = z.object({
  signal: z.enum(PAGE_SIGNALS),
  echo: z.object({ head: text(12), last4: z.string().regex(/^[A-Za-z0-9_-]{4}$/), length: z.number().int().positive().max(1000).nullable(), sentMask: z.boolean().optional() }).nullable(),
  quote: text(200),
});

const TOKEN = /^[0-9a-f]{24}$/;
const whereFields = {
  token: z.string().regex(TOKEN),
  area: z.enum(STORAGE_AREAS),
  entry: text(100),
  path: text(300).nullable(),
  mask: text(60),
  masked: z.boolean(),
  kind: z.enum(KEY_KINDS),
};

/** One key a frame found in its storage: where, its mask, fingerprints. Checked in the worker: it comes from a web page's frame. */
export const FoundKeySchema: z.ZodType<FoundKey> = z.object({ ...whereFields, fingerprints: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(60) });

export const FrameScanSchema = z.object({ origin: text(300), found: z.array(FoundKeySchema).max(SCAN_LIMITS.found), partial: z.boolean() });

export const SavedKeySchema: z.ZodType<SavedKey> = z.object({
  ...whereFields,
  frame: text(300),
  match: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('pasted') }),
    z.object({ kind: z.literal('site'), mask: text(60) }),
    z.object({ kind: z.literal('hint'), label: text(80) }),
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('mask') }),
  ]),
});

export const FieldInfoSchema = z.object({
  label: text(200),
  provider: text(60).nullable(),
  reasons: z.array(SaidSchema).max(12),
});
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

const nullableText = (max: number) => z.string().max(max).nullable();

export const VerdictSchema: z.ZodType<Verdict> = z.object({
  kind: z.enum(VERDICT_KINDS),
  works: z.enum(['yes', 'no', 'unknown']),
  title: SaidSchema,
  advice: SentencesSchema,
  evidence: z.object({
    host: text(100),
    status: z.number().int().nullable(),
    code: nullableText(100),
    type: nullableText(100),
    requestId: nullableText(80),
    message: nullableText(400),
    note: SaidSchema.nullable(),
  }),
});

/**
 * One of the app's settings as the content script read it. Checked again here, at the receiver:
 * a value is accepted only if reading it afresh for its role gives the same value back.
 */
const readingOf = (role: SettingRole) =>
  z.object({
    label: text(MAX_LABEL_LENGTH),
    value: text(MAX_URL_LENGTH).nullable(),
    problem: z.enum(READING_PROBLEMS).nullable(),
    spaces: z.boolean(),
  }).refine(({ value, problem }) => (value === null) !== (problem === null) && (value === null || readSetting(role, '', value)?.value === value));

export const AppSettingsSchema: z.ZodType<AppSettings> = z.object({
  title: text(120),
  ...Object.fromEntries(SETTING_ROLES.map((role) => [role, readingOf(role).optional()])),
}) as unknown as z.ZodType<AppSettings>;

const LayerSchema = z.object({ id: z.enum(LAYER_IDS), state: z.enum(LAYER_STATES), detail: SentencesSchema });

export const LayeredVerdictSchema: z.ZodType<LayeredVerdict> = z.object({
  headline: SaidSchema,
  works: z.enum(['yes', 'no', 'unknown']),
  layers: z.array(LayerSchema).max(LAYER_IDS.length),
});

/** Lines for people beside a verdict: each one or more sentences. */
const NotesSchema = z.array(SentencesSchema).max(6);

export const VerifyResultSchema = z.union([
  // `notes`: lines for people — the status page's trouble, the credit check, whose key it is.
  // `layers`: the layered verdict, when the key was checked on a page with its app around it.
  // `report`: the tab's report with the page's evidence weighed against this verdict, when it is about this key.
  z.object({ verdict: VerdictSchema, cached: z.boolean(), notes: NotesSchema, layers: LayeredVerdictSchema.optional(), report: DiagnosisReportSchema.optional() }),
  z.object({ throttled: z.literal(true) }),
  z.object({ notCheckable: z.literal(true) }),
]);
export type VerifyResultMessage = z.infer<typeof VerifyResultSchema>;

export const StatusSummarySchema: z.ZodType<StatusSummary> = z.object({
  level: z.enum(['operational', 'degraded', 'outage', 'maintenance', 'unknown']),
  affected: z.array(z.object({ name: text(200), status: text(60) })).max(500),
  incidents: z.array(z.object({ name: text(300), status: text(60) })).max(100).nullable(),
  others: z.array(z.object({ product: text(200).nullable(), incidents: z.array(text(300)).max(100), components: z.array(text(200)).max(500) })).max(200),
  problem: SaidSchema.nullable(),
});

/** One check on a site, for the popup's history: the mask and what was found, never the key. */
export const HistoryEntrySchema = z.object({
  mask: text(60),
  kind: z.enum(KEY_KINDS),
  provider: text(40).optional(),
  worst: z.enum([...SEVERITIES, 'none']),
  verdict: z.object({ kind: z.enum(VERDICT_KINDS), works: z.enum(['yes', 'no', 'unknown']) }).nullable(),
  at: z.number().int(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const SiteHistorySchema = z.array(HistoryEntrySchema).max(20);

/** What the service worker remembers about a tab, in session storage. Never the key. */
export const TabStateSchema = z.object({
  origin: text(300),
  field: FieldInfoSchema,
  report: DiagnosisReportSchema,
  at: z.number().int(),
  /** OpenAI's answer about the pasted key, once there is one, and notes on it (with whose key it is, when the person asked: this session's popup only). */
  verdict: VerdictSchema.nullable().optional(),
  notes: NotesSchema.optional(),
  /** The opt-in credit check's outcome, when it ran. */
  credit: z.enum(CREDIT_STATES).nullable().optional(),
  /** What Key Doctor read of the app's settings beside the field, and the layered verdict: the key together with them. */
  settings: AppSettingsSchema.optional(),
  layers: LayeredVerdictSchema.optional(),
  /** The latest error the page showed about the key, judged again when OpenAI's verdict arrives. */
  evidence: PageEvidenceSchema.optional(),
  /**
   * "Ask me first": the check the worker offered for this key (its salted fingerprint), redeemable once
   * by the content script with the token, after a person's click on the card or in the popup.
   */
  offer: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), fingerprint: text(64), at: z.number().int() }).optional(),
  /** The page kept hiding Key Doctor's card: what it said is in the popup only. */
  tampered: z.literal(true).optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

