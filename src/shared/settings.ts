import { z } from 'zod';

export const SettingsSchema = z.object({
  /** When to ask OpenAI about a pasted key. */
  autoCheck: z.enum(['auto', 'ask', 'never']),
  /** The person chose `autoCheck` (on the welcome page or in the settings); until then Key Doctor asks first. */
  checkModeChosen: z.boolean(),
  /** Whether to read status.openai.com. */
  statusChecks: z.boolean(),
  /** Consent: after a key is accepted, make a one-token completion to see whether there is credit. Costs money. */
  creditCheck: z.boolean(),
  /** Consent: after a key is accepted, ask whose key it is (GET /v1/me). Personal data: shown, never stored. */
  accountInfo: z.boolean(),
  /** How long to remember the last key pasted on each site. */
  retentionDays: z.number().int().min(1).max(365),
  /** Sites (origins) where Key Doctor stays silent: no warning, no check, nothing remembered. */
  silentSites: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/).max(300)).max(200),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings as an export file carries them: whether this person answered the first-run question stays with this install. */
export const ExportedSettingsSchema = SettingsSchema.omit({ checkModeChosen: true });
export type ExportedSettings = z.infer<typeof ExportedSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { autoCheck: 'auto', checkModeChosen: false, statusChecks: true, creditCheck: false, accountInfo: false, retentionDays: 30, silentSites: [] };
