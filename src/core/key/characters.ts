import type { MessageKey } from '../catalogs/en';
import { said, type Said } from '../said';

/** Characters that hide in copied text and never belong in a key. */
const INVISIBLE_NAMES: Record<number, MessageKey> = {
  0x00a0: 'char_nbsp',
  0x00ad: 'char_soft_hyphen',
  0x034f: 'char_grapheme_joiner',
  0x061c: 'char_arabic_mark',
  0x180e: 'char_mongolian_separator',
  0x200b: 'char_zero_width_space',
  0x200c: 'char_zero_width_non_joiner',
  0x200d: 'char_zero_width_joiner',
  0x200e: 'char_ltr_mark',
  0x200f: 'char_rtl_mark',
  0x2028: 'char_line_separator',
  0x2029: 'char_paragraph_separator',
  0x202f: 'char_narrow_nbsp',
  0x205f: 'char_math_space',
  0x2060: 'char_word_joiner',
  0x3000: 'char_ideographic_space',
  0xfeff: 'char_bom',
};

export function invisibleName(code: number): MessageKey | undefined {
  const named = INVISIBLE_NAMES[code];
  if (named) return named;
  if (code >= 0x2000 && code <= 0x200a) return 'char_typographic_space';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'char_direction_control';
  if (code >= 0xfe00 && code <= 0xfe0f) return 'char_variation_selector';
  if ((code >= 0x0000 && code <= 0x0008) || (code >= 0x000e && code <= 0x001f) || code === 0x007f) return 'char_control';
  return undefined;
}

/** Plain ASCII whitespace: trimmed at the ends, reported as a line break or space inside. */
export function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Letters and dashes that look like ASCII but are not: what a word processor or a font swap leaves. */
const LOOKALIKES: Record<number, [ascii: string, name: MessageKey]> = {
  0x0430: ['a', 'char_cyrillic'], 0x0435: ['e', 'char_cyrillic'], 0x043e: ['o', 'char_cyrillic'],
  0x0440: ['p', 'char_cyrillic'], 0x0441: ['c', 'char_cyrillic'], 0x0443: ['y', 'char_cyrillic'],
  0x0445: ['x', 'char_cyrillic'], 0x0455: ['s', 'char_cyrillic'], 0x0456: ['i', 'char_cyrillic'],
  0x0458: ['j', 'char_cyrillic'], 0x043a: ['k', 'char_cyrillic'], 0x0410: ['A', 'char_cyrillic'],
  0x0412: ['B', 'char_cyrillic'], 0x0415: ['E', 'char_cyrillic'], 0x041a: ['K', 'char_cyrillic'],
  0x041c: ['M', 'char_cyrillic'], 0x041d: ['H', 'char_cyrillic'], 0x041e: ['O', 'char_cyrillic'],
  0x0420: ['P', 'char_cyrillic'], 0x0421: ['C', 'char_cyrillic'], 0x0422: ['T', 'char_cyrillic'],
  0x0425: ['X', 'char_cyrillic'], 0x03bf: ['o', 'char_greek'], 0x03b1: ['a', 'char_greek'],
  0x0391: ['A', 'char_greek'], 0x0392: ['B', 'char_greek'], 0x0395: ['E', 'char_greek'],
  0x0397: ['H', 'char_greek'], 0x0399: ['I', 'char_greek'], 0x039a: ['K', 'char_greek'],
  0x039c: ['M', 'char_greek'], 0x039d: ['N', 'char_greek'], 0x039f: ['O', 'char_greek'],
  0x03a1: ['P', 'char_greek'], 0x03a4: ['T', 'char_greek'], 0x03a7: ['X', 'char_greek'],
  0x2010: ['-', 'char_hyphen'], 0x2011: ['-', 'char_non_breaking_hyphen'], 0x2012: ['-', 'char_figure_dash'],
  0x2013: ['-', 'char_en_dash'], 0x2014: ['-', 'char_em_dash'], 0x2212: ['-', 'char_minus'],
  0xfe63: ['-', 'char_small_hyphen'], 0x02cd: ['_', 'char_low_macron'],
};

/** The ASCII character a look-alike stands for, and its name: a Cyrillic or Greek letter is named with itself. */
export function lookalike(code: number): [ascii: string, name: Said] | undefined {
  const known = LOOKALIKES[code];
  if (known) return [known[0], known[1] === 'char_cyrillic' || known[1] === 'char_greek' ? said(known[1], { letter: String.fromCodePoint(code) }) : said(known[1])];
  // Fullwidth forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E.
  if (code >= 0xff01 && code <= 0xff5e) return [String.fromCharCode(code - 0xfee0), said('char_full_width')];
  return undefined;
}

export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
