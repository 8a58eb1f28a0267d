/** Base64 of "OpenAI": every OpenAI secret key carries it between two random segments. */
export const MARKER = 'T3BlbkFJ';

export type OpenAIKind = 'service_account' | 'admin' | 'project' | 'org_user' | 'legacy';

export interface OpenAIShape {
  kind: OpenAIKind;
  prefix: string;
  label: string;
  /** Segment lengths OpenAI has issued; both segments have the same length. */
  segmentLengths: readonly number[];
  /** Whether `_` and `-` may appear in the segments. */
  urlSafe: boolean;
}

// Most specific prefix first: the legacy `sk-` matches every other kind too.
export const OPENAI_SHAPES: readonly OpenAIShape[] = [
  { kind: 'service_account', prefix: 'sk-svcacct-', label: 'service account key', segmentLengths: [58, 74], urlSafe: true },
  { kind: 'admin', prefix: 'sk-admin-', label: 'admin key', segmentLengths: [58, 74], urlSafe: true },
  { kind: 'project', prefix: 'sk-proj-', label: 'project key', segmentLengths: [20, 58, 74], urlSafe: true },
  { kind: 'org_user', prefix: 'sk-None-', label: 'organization-level user key', segmentLengths: [20], urlSafe: true },
  { kind: 'legacy', prefix: 'sk-', label: 'legacy user key', segmentLengths: [20], urlSafe: false },
];

export function shapeFor(candidate: string): OpenAIShape | undefined {
  return OPENAI_SHAPES.find((shape) => candidate.startsWith(shape.prefix));
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

/** Compares a string that starts with a known prefix against the segment layout of its kind. */
export function matchShape(candidate: string, shape: OpenAIShape): ShapeStatus {
  const body = candidate.slice(shape.prefix.length);
  for (let i = 0; i < body.length; i++) {
    // Legacy keys are alphanumeric, but an unknown newer kind may use `-`/`_`: judge those as unrecognised, not bad.
    if (!isSegmentChar(body.charCodeAt(i), true)) {
      return { status: 'bad_char', index: shape.prefix.length + i, char: body[i] ?? '' };
    }
  }
  const at = body.indexOf(MARKER);
  if (at < 0) {
    const shortest = shape.prefix.length + 2 * Math.min(...shape.segmentLengths) + MARKER.length;
    return candidate.length < shortest
      ? { status: 'cut_before_marker', length: candidate.length, shortest }
      : { status: 'unrecognised' };
  }
  const left = at;
  const right = body.length - at - MARKER.length;
  const known = shape.segmentLengths.includes(left);
  const segmentsClean = shape.urlSafe || !/[-_]/.test(body);
  if (known && right === left && segmentsClean) return { status: 'exact', segment: left };
  if (known && right < left) return { status: 'truncated', missing: left - right };
  if (known && right > left) return { status: 'extra', extra: right - left };
  return { status: 'unrecognised' };
}
