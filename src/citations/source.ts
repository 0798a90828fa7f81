// Turns the raw input into a list of characters the grammar can read without caring how they were
// typed: HTML entities decoded, typographic dashes, quotes and spaces folded to their ASCII forms.
// Every character keeps the position it had in the raw input, so errors point at what the user wrote.

export interface SourceChar {
  /** The character as the grammar sees it. */
  readonly ch: string;
  /** 1-based position of the character (or of its entity's "&") in the raw input, in UTF-16 units. */
  readonly pos: number;
  /** True when it was written as an HTML entity; see the note on escaped paragraphs in paragraphs.ts. */
  readonly escaped: boolean;
}

export type DecodeResult = { ok: true; chars: SourceChar[] } | { ok: false; reason: string };

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lpar: "(",
  rpar: ")",
  lsqb: "[",
  rsqb: "]",
  lbrack: "[",
  rbrack: "]",
  sect: "§",
  amp: "&",
  apos: "'",
  quot: '"',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  nbsp: " ",
  ndash: "-",
  mdash: "-",
  minus: "-",
  hyphen: "-",
  dash: "-",
  comma: ",",
  period: ".",
  colon: ":",
  semi: ";",
};

// Word processors and web pages turn "-" and "'" into typographic variants; they mean the same here.
const FOLDED: Readonly<Record<string, string>> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u2032": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2033": '"',
};

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{0,31}));/;

export function decodeSource(input: string): DecodeResult {
  const chars: SourceChar[] = [];
  let index = 0;
  while (index < input.length) {
    const pos = index + 1;
    const entity = input[index] === "&" ? ENTITY.exec(input.slice(index)) : null;
    if (entity) {
      const decoded = decodeEntity(entity);
      if (decoded === undefined)
        return {
          ok: false,
          reason: `"${entity[0]}" at position ${pos} is not an HTML entity this reader knows`,
        };
      chars.push({ ch: fold(decoded), pos, escaped: true });
      index += entity[0].length;
      continue;
    }
    const codePoint = input.codePointAt(index) ?? 0;
    const ch = String.fromCodePoint(codePoint);
    chars.push({ ch: fold(ch), pos, escaped: false });
    index += ch.length;
  }
  return { ok: true, chars };
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  if (name !== undefined) return NAMED_ENTITIES[name];
  const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
  const isScalar = codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return isScalar ? String.fromCodePoint(codePoint) : undefined;
}

function fold(ch: string): string {
  const folded = FOLDED[ch];
  if (folded !== undefined) return folded;
  return /^\s$/u.test(ch) ? " " : ch;
}
