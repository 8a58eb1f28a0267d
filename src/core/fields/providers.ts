/** Words that tie a field to an LLM provider. OpenAI is the one Key Doctor checks against. */
const PROVIDER_WORDS: readonly [provider: string, pattern: RegExp][] = [
  ['OpenAI', /\bopen\s?ai\b|\bchat\s?gpt\b|\bgpt-?\d|\bsk-/],
  ['Anthropic', /\banthropic\b|\bclaude\b|\bsk-ant\b/],
  ['Google Gemini', /\bgemini\b|\bgoogle ai\b|\baistudio\b/],
  ['Groq', /\bgroq\b/],
  ['Mistral', /\bmistral\b/],
  ['OpenRouter', /\bopen\s?router\b/],
  ['DeepSeek', /\bdeepseek\b/],
  ['xAI', /\bxai\b|\bgrok\b/],
  ['Perplexity', /\bperplexity\b|\bpplx\b/],
  ['Azure OpenAI', /\bazure\b/],
];

export function providerNamed(text: string): string | null {
  // Azure OpenAI mentions "OpenAI" too: the more specific name wins.
  if (/\bazure\b/.test(text)) return 'Azure OpenAI';
  return PROVIDER_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
