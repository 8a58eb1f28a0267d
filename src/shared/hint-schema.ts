import { z } from 'zod';
import type { Hint } from '../core/hints/hint';
import { KEY_KINDS } from '../core/key/classify-key';
import type { SiteMemory } from '../core/hints/site-memory';

export const HintSchema: z.ZodType<Hint> = z.object({
  id: z.string().regex(/^[0-9a-f]{8,32}$/),
  label: z.string().max(80),
  note: z.string().max(200),
  kind: z.enum(KEY_KINDS),
  prefix: z.string().max(16),
  last4: z.string().max(4),
  length: z.number().int().nonnegative().max(4096),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  createdAt: z.number().int(),
});

export const SiteMemorySchema: z.ZodType<SiteMemory> = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  mask: z.string().max(60),
  at: z.number().int(),
  previous: z.object({ mask: z.string().max(60), at: z.number().int() }).optional(),
});
