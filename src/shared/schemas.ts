import { z } from 'zod';
import type { DiagnosisReport } from '../core/key';

const text = (max: number) => z.string().max(max);

export const FindingSchema = z.object({
  code: z.enum([
    'empty', 'too_long', 'whitespace', 'inner_whitespace', 'quotes', 'label_prefix', 'surrounding_text',
    'invisible_characters', 'lookalike_characters', 'unexpected_characters', 'masked_key', 'truncated',
    'extra_characters', 'doubled_key', 'not_a_key', 'other_provider', 'relay_key', 'admin_key',
    'unrecognised_format', 'not_a_key_shape', 'key_kind',
  ]),
  severity: z.enum(['error', 'warning', 'info']),
  scope: z.enum(['paste', 'key']),
  message: text(500),
  fix: text(500).optional(),
});

export const DiagnosisReportSchema: z.ZodType<DiagnosisReport> = z.object({
  kind: z.enum([
    'service_account', 'admin', 'project', 'org_user', 'legacy', 'unrecognised_openai', 'relay', 'other_provider',
    'identifier', 'masked', 'not_a_key', 'empty',
  ]),
  kindLabel: text(120),
  findings: z.array(FindingSchema).max(24),
  mask: text(60),
  length: z.number().int().nonnegative(),
  worst: z.enum(['error', 'warning', 'info', 'none']),
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
