/** A cheap first look at pasted text, for field scoring: does it carry an OpenAI key's prefix or marker? */
export function looksLikeOpenAIKey(text: string): boolean {
  const start = text.slice(0, 64);
  return /\bsk-(?!ant-|or-)/.test(start) || text.includes('T3BlbkFJ');
}
