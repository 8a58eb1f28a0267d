/** What came back from a request, as plain data: an HTTP answer, or no answer at all. */
export type ProbeOutcome =
  /** `truncated`: the body was longer than the reader takes, so `body` is only its start. */
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string; truncated?: boolean }
  | { kind: 'no-response'; reason: 'timeout' | 'offline' | 'network' };

export interface OpenAIError {
  message: string | null;
  type: string | null;
  code: string | null;
}

/**
 * Reads OpenAI's error envelope defensively: `error` may be an object or a plain string, and proxies
 * answer with HTML or nothing. Undefined when the body is not an OpenAI error at all.
 */
export function parseError(body: string): OpenAIError | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const error = (parsed as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return { message: error, type: null, code: null };
  if (typeof error !== 'object' || error === null) return undefined;
  const field = (name: string) => {
    const value = (error as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : null;
  };
  return { message: field('message'), type: field('type'), code: field('code') };
}

export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml)/i.test(body);
}

/** A successful `GET /v1/models` answer: `{"object":"list","data":[…]}`. */
export function isModelList(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown };
    return Array.isArray(parsed?.data);
  } catch {
    return false;
  }
}
