import { z } from 'zod';

export const SettingsSchema = z.object({
  /** When to ask OpenAI about a pasted key. */
  autoCheck: z.enum(['auto', 'ask', 'never']),
  /** Whether to read status.openai.com. */
  statusChecks: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { autoCheck: 'auto', statusChecks: true };
