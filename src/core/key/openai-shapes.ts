/** Base64 of "OpenAI": every OpenAI secret key carries it between two random segments. */
export const MARKER = 'T3BlbkFJ';

export type OpenAIKind = 'service_account' | 'admin' | 'project' | 'org_user' | 'legacy';

/** One layout OpenAI has issued: both segments have this length and use this alphabet. */
export interface Layout {
  segment: number;
  /** Whether `_` and `-` may appear in the segments (the long forms), or only letters and digits. */
  urlSafe: boolean;
}

export interface OpenAIShape {
  kind: OpenAIKind;
  /** The fixed prefix; the named service-account form has a prefix of its own per key. */
  prefix: string;
  layouts: readonly Layout[];
}

const SHORT: Layout = { segment: 20, urlSafe: false };
const MEDIUM: Layout = { segment: 58, urlSafe: true };
const LONG: Layout = { segment: 74, urlSafe: true };

/**
 * Every layout of openai-facts.md §1 (revised 2026-11-30). Most specific prefix first: the legacy
 * `sk-` matches every other kind too. Validated on structure, never on one length.
 */
export const OPENAI_SHAPES: readonly OpenAIShape[] = [
  { kind: 'service_account', prefix: 'sk-svcacct-', layouts: [SHORT, LONG] },
  { kind: 'admin', prefix: 'sk-admin-', layouts: [MEDIUM] },
  { kind: 'project', prefix: 'sk-proj-', layouts: [SHORT, MEDIUM, LONG] },
  { kind: 'org_user', prefix: 'sk-None-', layouts: [SHORT, LONG] },
  { kind: 'legacy', prefix: 'sk-', layouts: [SHORT] },
];

/** The 2024 service-account form, `sk-<service-account-name>-` + 20 + marker + 20; name `[a-z0-9-]`. */
export const NAMED_SERVICE_ACCOUNT: OpenAIShape = {
  kind: 'service_account', prefix: 'sk-<name>-', layouts: [SHORT],
};
const NAMED_PREFIX = new RegExp(`^sk-[a-z0-9]+(?:-[a-z0-9]+)*-(?=[A-Za-z0-9]{20}${MARKER})`);

/** The shape a candidate claims by its prefix, and that prefix as it appears in this candidate. */
export function shapeFor(candidate: string): { shape: OpenAIShape; prefix: string } | undefined {
  const fixed = OPENAI_SHAPES.find((shape) => candidate.startsWith(shape.prefix));
  if (fixed && fixed.kind !== 'legacy') return { shape: fixed, prefix: fixed.prefix };
  const named = NAMED_PREFIX.exec(candidate);
  if (named) return { shape: NAMED_SERVICE_ACCOUNT, prefix: named[0] };
  return fixed && { shape: fixed, prefix: fixed.prefix };
}

function isSegmentChar(code: number, urlSafe: boolean): boolean {
  const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return alnum || (urlSafe && (code === 45 || code === 95));
}

export type ShapeStatus =
  | { status: 'exact'; segment: number }
  | { status: 'truncated'; missing: number }
  | { status: 'cut_before_marker'; length: number; shortest: number }
  | { status: 'extra'; extra: number }
  | { status: 'unrecognised' }
  | { status: 'bad_char'; index: number; char: string };

/** Compares a string that starts with a known prefix against the segment layouts of its kind. */
export function matchShape(candidate: string, shape: OpenAIShape, prefix: string): ShapeStatus {
  const body = candidate.slice(prefix.length);
  for (let i = 0; i < body.length; i++) {
    // Short layouts are alphanumeric, but an unknown newer kind may use `-`/`_`: judge those as unrecognised, not bad.
    if (!isSegmentChar(body.charCodeAt(i), true)) {
      return { status: 'bad_char', index: prefix.length + i, char: body[i] ?? '' };
    }
  }
  const at = body.indexOf(MARKER);
  if (at < 0) {
    const shortest = prefix.length + 2 * Math.min(...shape.layouts.map((l) => l.segment)) + MARKER.length;
    return candidate.length < shortest
      ? { status: 'cut_before_marker', length: candidate.length, shortest }
      : { status: 'unrecognised' };
  }
  const left = at;
  const right = body.length - at - MARKER.length;
  const layout = shape.layouts.find((l) => l.segment === left);
  if (!layout) return { status: 'unrecognised' };
  const segmentsClean = layout.urlSafe || !/[-_]/.test(body);
  if (right === left && segmentsClean) return { status: 'exact', segment: left };
  if (right < left) return { status: 'truncated', missing: left - right };
  if (right > left) return { status: 'extra', extra: right - left };
  return { status: 'unrecognised' };
}
