/** Characters that hide in copied text and never belong in a key. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00a0: 'non-breaking space',
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow non-breaking space',
  0x205f: 'medium mathematical space',
  0x2060: 'word joiner',
  0x3000: 'ideographic space',
  0xfeff: 'byte order mark',
};

export function invisibleName(code: number): string | undefined {
  const named = INVISIBLE_NAMES[code];
  if (named) return named;
  if (code >= 0x2000 && code <= 0x200a) return 'typographic space';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'text-direction control';
  if (code >= 0xfe00 && code <= 0xfe0f) return 'variation selector';
  if ((code >= 0x0000 && code <= 0x0008) || (code >= 0x000e && code <= 0x001f) || code === 0x007f) return 'control character';
  return undefined;
}

/** Plain ASCII whitespace: trimmed at the ends, reported as a line break or space inside. */
export function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Letters and dashes that look like ASCII but are not: what a word processor or a font swap leaves. */
const LOOKALIKES: Record<number, [ascii: string, name: string]> = {
  0x0430: ['a', 'Cyrillic а'], 0x0435: ['e', 'Cyrillic е'], 0x043e: ['o', 'Cyrillic о'],
  0x0440: ['p', 'Cyrillic р'], 0x0441: ['c', 'Cyrillic с'], 0x0443: ['y', 'Cyrillic у'],
  0x0445: ['x', 'Cyrillic х'], 0x0455: ['s', 'Cyrillic ѕ'], 0x0456: ['i', 'Cyrillic і'],
  0x0458: ['j', 'Cyrillic ј'], 0x043a: ['k', 'Cyrillic к'], 0x0410: ['A', 'Cyrillic А'],
  0x0412: ['B', 'Cyrillic В'], 0x0415: ['E', 'Cyrillic Е'], 0x041a: ['K', 'Cyrillic К'],
  0x041c: ['M', 'Cyrillic М'], 0x041d: ['H', 'Cyrillic Н'], 0x041e: ['O', 'Cyrillic О'],
  0x0420: ['P', 'Cyrillic Р'], 0x0421: ['C', 'Cyrillic С'], 0x0422: ['T', 'Cyrillic Т'],
  0x0425: ['X', 'Cyrillic Х'], 0x03bf: ['o', 'Greek ο'], 0x03b1: ['a', 'Greek α'],
  0x0391: ['A', 'Greek Α'], 0x0392: ['B', 'Greek Β'], 0x0395: ['E', 'Greek Ε'],
  0x0397: ['H', 'Greek Η'], 0x0399: ['I', 'Greek Ι'], 0x039a: ['K', 'Greek Κ'],
  0x039c: ['M', 'Greek Μ'], 0x039d: ['N', 'Greek Ν'], 0x039f: ['O', 'Greek Ο'],
  0x03a1: ['P', 'Greek Ρ'], 0x03a4: ['T', 'Greek Τ'], 0x03a7: ['X', 'Greek Χ'],
  0x2010: ['-', 'hyphen'], 0x2011: ['-', 'non-breaking hyphen'], 0x2012: ['-', 'figure dash'],
  0x2013: ['-', 'en dash'], 0x2014: ['-', 'em dash'], 0x2212: ['-', 'minus sign'],
  0xfe63: ['-', 'small hyphen-minus'], 0x02cd: ['_', 'modifier low macron'],
};

export function lookalike(code: number): [ascii: string, name: string] | undefined {
  const known = LOOKALIKES[code];
  if (known) return known;
  // Fullwidth forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E.
  if (code >= 0xff01 && code <= 0xff5e) return [String.fromCharCode(code - 0xfee0), 'full-width character'];
  return undefined;
}

export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
