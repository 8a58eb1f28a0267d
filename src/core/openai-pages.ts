/** OpenAI's pages people are sent to (openai-facts.md §8). */
export const OPENAI_PAGES = {
  keys: 'https://platform.openai.com/api-keys',
  billing: 'https://platform.openai.com/settings/organization/billing/overview',
  usage: 'https://platform.openai.com/usage',
  limits: 'https://platform.openai.com/settings/organization/limits',
  organization: 'https://platform.openai.com/settings/organization/general',
  projects: 'https://platform.openai.com/settings/organization/projects',
  status: 'https://status.openai.com',
  help: 'https://help.openai.com',
} as const;

/** The same address as people read it in a sentence: without `https://`. */
export const shown = (url: string) => url.replace(/^https:\/\//, '');
