import { z } from 'zod';
import { type DiagnosisReport, FINDING_CODES, KEY_KINDS, SCOPES, SEVERITIES } from '../core/key';

const text = (max: number) => z.string().max(max);

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  scope: z.enum(SCOPES),
  message: text(500),
  fix: text(500).optional(),
});

export const DiagnosisReportSchema: z.ZodType<DiagnosisReport> = z.object({
  kind: z.enum(KEY_KINDS),
  kindLabel: text(120),
  findings: z.array(FindingSchema).max(24),
  mask: text(60),
  length: z.number().int().nonnegative(),
  worst: z.enum([...SEVERITIES, 'none']),
  checkable: z.boolean(),
});

export const FieldInfoSchema = z.object({
  label: text(200),
  provider: text(60).nullable(),
  reasons: z.array(text(200)).max(12),
});
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

/** What the service worker remembers about a tab, in session storage. Never the key. */
export const TabStateSchema = z.object({
  origin: text(300),
  field: FieldInfoSchema,
  report: DiagnosisReportSchema,
  at: z.number().int(),
});
export type TabState = z.infer<typeof TabStateSchema>;
