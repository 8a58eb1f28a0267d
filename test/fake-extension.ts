import { vi } from 'vitest';
import type { PageMessageType, RequestOf, ResponseOf } from '../src/shared/messages';
import type { ExtensionApi } from '../src/ui/extension';

type Answers = { [T in PageMessageType]?: (payload: RequestOf<T>) => ResponseOf<T> | Promise<ResponseOf<T>> };

/** The extension as the popup and options page see it, answered from `answers`; every call is recorded. */
export function fakeExtension(
  answers: Answers,
  tab: { id: number; url: string } | undefined = { id: 5, url: 'https://chat.example/settings' },
  { canClearOneSitesCache = true, hostAccess = true } = {},
) {
  const asked: { type: PageMessageType; payload: unknown }[] = [];
  const api = {
    ask: vi.fn(async (type: PageMessageType, payload: unknown) => {
      asked.push({ type, payload });
      const answer = answers[type] as ((payload: unknown) => unknown) | undefined;
      if (!answer) throw new Error(`no answer for ${type}`);
      return answer(payload);
    }),
    activeTab: vi.fn(async () => tab),
    canClearOneSitesCache,
    clearSiteCache: vi.fn(async () => undefined),
    clearSiteData: vi.fn(async () => undefined),
    reloadTab: vi.fn(async () => undefined),
    openOptionsPage: vi.fn(async () => undefined),
    hostAccess: vi.fn(async () => hostAccess),
    requestHostAccess: vi.fn(async () => true),
    copyText: vi.fn(async () => undefined),
  } satisfies Record<keyof ExtensionApi, unknown>;
  return { api: api as typeof api & ExtensionApi, asked };
}
