import { codePointLabel, invisibleName, isAsciiWhitespace, lookalike } from './characters';
import type { MessageKey } from '../catalogs/en';
import { said, type Said } from '../said';
import { type Finding, finding } from './findings';

/** Text after one cleaning step, and what the step found. */
export interface Cleaned {
  text: string;
  findings: Finding[];
}

export function stripInvisible(text: string): Cleaned {
  const names = new Set<MessageKey>();
  let count = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const name = invisibleName(text.charCodeAt(i));
    if (name) {
      names.add(name);
      count++;
    } else {
      out += text[i];
    }
  }
  return { text: out, findings: count ? [finding.invisible([...names].map((name) => said(name)), count)] : [] };
}

function describeRun(run: string, end: 'start' | 'end'): Said {
  if (/[\r\n]/.test(run)) return said(`ws_line_break_${end}`);
  if (run.includes('\t')) return said(`ws_tab_${end}`);
  return said(run.length === 1 ? `ws_space_${end}` : `ws_spaces_${end}`);
}

export function trimWhitespace(text: string): Cleaned {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiWhitespace(text.charCodeAt(end - 1))) end--;
  const where: Said[] = [];
  if (start > 0) where.push(describeRun(text.slice(0, start), 'start'));
  if (end < text.length) where.push(describeRun(text.slice(end), 'end'));
  return { text: text.slice(start, end), findings: where.length ? [finding.whitespace(where)] : [] };
}

// `export OPENAI_API_KEY=`, `"apiKey": `, `Authorization: Bearer ` and the like, anchored at the start.
const LABELS: readonly RegExp[] = [
  /^(?:export\s+|set\s+)?["']?(?:OPENAI_API_KEY|OPENAI_KEY|OPENAI_TOKEN|API_KEY|APIKEY|api[_-]?key|openai[_-]?api[_-]?key|key|token)["']?\s*[:=]\s*/i,
  /^authorization\s*:\s*/i,
  /^bearer\s+/i,
];

const QUOTE_PAIRS: Record<string, string> = {
  '"': '"', "'": "'", '`': '`', '“': '”', '”': '”', '‘': '’', '’': '’', '«': '»', '<': '>', '[': ']', '(': ')', '{': '}',
};
const QUOTE_NAMES: Record<string, MessageKey> = {
  '"': 'wrap_quotes', "'": 'wrap_quotes', '`': 'wrap_backticks', '“': 'wrap_curly_quotes', '”': 'wrap_curly_quotes', '‘': 'wrap_curly_quotes',
  '’': 'wrap_curly_quotes', '«': 'wrap_angle_quotes', '<': 'wrap_angle_brackets', '[': 'wrap_brackets', '(': 'wrap_parentheses', '{': 'wrap_braces',
};
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

function stripLabel(text: string): { text: string; label?: string } {
  for (const pattern of LABELS) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) return { text: text.slice(match[0].length), label: match[0].trim() };
  }
  return { text };
}

function stripQuotes(text: string): { text: string; name?: MessageKey } {
  let t = text.replace(/[,;]+$/, '');
  const open = t[0] ?? '';
  const close = QUOTE_PAIRS[open];
  if (close !== undefined && t.length >= 2 && t.endsWith(close)) return { text: t.slice(1, -1), name: QUOTE_NAMES[open] };
  // An unbalanced quote left over from copying part of a line of code.
  if (close !== undefined) return { text: t.slice(1), name: QUOTE_NAMES[open] };
  const last = t[t.length - 1] ?? '';
  if (CLOSERS.has(last) && t.length > 1) return { text: t.slice(0, -1), name: 'wrap_stray' };
  return t === text ? { text } : { text: t, name: 'wrap_trailing' };
}

/** Peels whitespace, labels and quotes in any nesting, e.g. `OPENAI_API_KEY="sk-…"\n`. */
export function unwrap(text: string): Cleaned {
  const labels: string[] = [];
  const quotes = new Set<MessageKey>();
  const spaces: Finding[] = [];
  let current = text;
  for (let round = 0; round < 8; round++) {
    const trimmed = trimWhitespace(current);
    spaces.push(...trimmed.findings);
    const labelled = stripLabel(trimmed.text);
    if (labelled.label) labels.push(labelled.label);
    const quoted = stripQuotes(labelled.text);
    if (quoted.name) quotes.add(quoted.name);
    if (quoted.text === current) break;
    current = quoted.text;
  }
  const findings: Finding[] = [];
  if (spaces[0]) findings.push(spaces[0]);
  if (labels.length) findings.push(finding.labelPrefix(labels.join(' ')));
  if (quotes.size) findings.push(finding.quotes([...quotes].map((name) => said(name))));
  return { text: current, findings };
}

const KEYISH_TOKEN = /^(?:sk-|[A-Za-z0-9_]{2,8}[-_])|T3BlbkFJ/;

/** Whitespace left inside: a key wrapped across lines, or a key inside a sentence. */
export function collapseInnerWhitespace(text: string): Cleaned {
  if (!/\s/.test(text)) return { text, findings: [] };
  const tokens = text.split(/\s+/).filter(Boolean);
  const pieces = /^[A-Za-z0-9_-]+$/;
  if ((tokens[0] ?? '').startsWith('sk-') && tokens.every((token) => pieces.test(token))) {
    return { text: tokens.join(''), findings: [finding.innerWhitespace()] };
  }
  const key = tokens.find((token) => token.includes('T3BlbkFJ')) ?? tokens.find((token) => KEYISH_TOKEN.test(token));
  return key ? { text: unwrap(key).text, findings: [finding.surroundingText()] } : { text, findings: [] };
}

export function replaceLookalikes(text: string): Cleaned {
  const names = new Map<string, Said>();
  let out = '';
  for (const char of text) {
    const match = lookalike(char.codePointAt(0) ?? 0);
    if (match) names.set(JSON.stringify(match[1]), match[1]);
    out += match ? match[0] : char;
  }
  return { text: out, findings: names.size ? [finding.lookalike([...names.values()])] : [] };
}

/** The first character that cannot be sent in an HTTP header as part of a key, if any. */
export function firstForeignCharacter(text: string): Finding | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && code < 0x7f) continue;
    const shown = code > 0x7f && code !== 0xfffd ? said('f_character_code', { character: char, code: codePointLabel(code) }) : codePointLabel(code);
    return finding.unexpected(shown, position);
  }
  return undefined;
}
