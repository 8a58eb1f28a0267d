import { said, type Said, type SaidValue } from '../said';
import type { KeyKind } from './classify-key';
import { type Provider, providerById } from './providers';

/** A provider as people name its keys: "Anthropic"; words of their own where the shape is shared ("DeepSeek or Alibaba DashScope"). */
export const providerWords = (provider: Provider): SaidValue => (provider.keyName ? said(provider.keyName) : provider.name);

/** A key's kind as people name it: "OpenAI project key", "key for Anthropic". `provider`: the other provider's id. */
export function kindSaid(kind: KeyKind, provider?: string): Said {
  if (kind === 'relay' || kind === 'other_provider') {
    const known = provider === undefined ? undefined : providerById(provider);
    return said('kind_other_provider', { provider: known ? providerWords(known) : said('provider_unknown') });
  }
  return said(`kind_${kind}`);
}
