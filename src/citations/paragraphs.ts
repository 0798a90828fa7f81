// Paragraph designations ("(a)", "(1)", "(ii)", "(C)") and the level structure they follow.
//
// The kind of designation depends on the depth, and adjacent levels never share a kind. That is what
// makes the compact spelling "164.308a4iiC" readable (a new level starts wherever the character class
// changes) and what tells "(i)" the letter from "(i)" the roman numeral.

export type LevelKind = "lower" | "number" | "roman" | "upper" | "upperRoman";

/** CFR paragraph structure: (a)(1)(i)(A)(1). The fifth level is italic arabic in print. */
export const CFR_LEVELS: readonly LevelKind[] = ["lower", "number", "roman", "upper", "number"];

/** Statute structure (HITECH is an Act): subsection (a), paragraph (1), subparagraph (A), clause (i), subclause (I). */
export const STATUTE_LEVELS: readonly LevelKind[] = ["lower", "number", "upper", "roman", "upperRoman"];

const KIND_NAMES: Readonly<Record<LevelKind, string>> = {
  lower: "a lowercase letter",
  number: "a number",
  roman: "a lowercase roman numeral",
  upper: "an uppercase letter",
  upperRoman: "an uppercase roman numeral",
};

export const describeKind = (kind: LevelKind): string => KIND_NAMES[kind];

// Paragraphs of the Security Rule and of a statute section never run past a few dozen; capping the
// numerals keeps "(c)", "(d)", "(l)" and "(m)" letters rather than 100, 500, 50 and 1000.
const MAX_ROMAN = 39;
const ROMANS: readonly string[] = Array.from({ length: MAX_ROMAN }, (_, i) => toRoman(i + 1));

function toRoman(value: number): string {
  const tens = ["", "x", "xx", "xxx"][Math.floor(value / 10)] ?? "";
  const units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][value % 10] ?? "";
  return tens + units;
}

/**
 * A designation as written, before its level is known. `escaped` marks the spellings that exist to
 * dodge the "(c)" -> "©" autocorrection ("&lpar;c&rpar;", "('c')"); the documents show that such a
 * letter lost its case (164.308(a)(1)(ii)&lpar;c&rpar; is (C)), so for those alone the letter takes
 * the case its level requires. Unescaped letters keep strict case: "(A)" at level 1 is an error.
 */
export interface RawDesignation {
  readonly text: string;
  readonly pos: number;
  readonly escaped: boolean;
}

export interface RawParagraph {
  readonly first: RawDesignation;
  /** Present for a range such as "(b-c)". */
  readonly last?: RawDesignation;
}

export interface Designation {
  /** Canonical spelling, e.g. "ii". */
  readonly text: string;
  /** Position in its level's sequence (a=1, z=26, aa=27; i=1; 1=1), used to expand ranges. */
  readonly ordinal: number;
}

/** The designation `raw` stands for at a level of `kind`, or undefined when it cannot be one. */
export function resolveDesignation(kind: LevelKind, raw: RawDesignation): Designation | undefined {
  const spellings = raw.escaped ? [raw.text, caseFor(kind, raw.text)] : [raw.text];
  for (const text of spellings) {
    const ordinal = ordinalOf(kind, text);
    if (ordinal !== undefined) return { text, ordinal };
  }
  return undefined;
}

function caseFor(kind: LevelKind, text: string): string {
  return kind === "upper" || kind === "upperRoman" ? text.toUpperCase() : text.toLowerCase();
}

/** Why `raw` is not valid for `kind`; only meaningful when resolveDesignation found nothing. */
export function whyNot(kind: LevelKind, raw: RawDesignation, level: number): string {
  const leadingZero = kind === "number" && /^0\d+$/.test(raw.text) ? " without a leading zero" : "";
  return `"${raw.text}" at position ${raw.pos} cannot be paragraph level ${level}; expected ${describeKind(kind)}${leadingZero}`;
}

// Doubled letters ("aa") are how the CFR continues after "z".
function ordinalOf(kind: LevelKind, text: string): number | undefined {
  switch (kind) {
    case "number":
      return /^[1-9]\d{0,2}$/.test(text) ? Number(text) : undefined;
    case "lower":
      return letterOrdinal(text, /^([a-z])\1?$/);
    case "upper":
      return letterOrdinal(text, /^([A-Z])\1?$/);
    case "roman":
      return romanOrdinal(text);
    case "upperRoman":
      return text === text.toUpperCase() ? romanOrdinal(text.toLowerCase()) : undefined;
  }
}

function letterOrdinal(text: string, pattern: RegExp): number | undefined {
  if (!pattern.test(text)) return undefined;
  const offset = text.toLowerCase().charCodeAt(0) - "a".charCodeAt(0) + 1;
  return (text.length - 1) * 26 + offset;
}

function romanOrdinal(text: string): number | undefined {
  const index = ROMANS.indexOf(text);
  return index < 0 ? undefined : index + 1;
}

export function designationAt(kind: LevelKind, ordinal: number): string | undefined {
  switch (kind) {
    case "number":
      return ordinal >= 1 && ordinal <= 999 ? String(ordinal) : undefined;
    case "lower":
    case "upper": {
      if (ordinal < 1 || ordinal > 52) return undefined;
      const letter = String.fromCharCode("a".charCodeAt(0) + ((ordinal - 1) % 26));
      const text = ordinal > 26 ? letter + letter : letter;
      return kind === "upper" ? text.toUpperCase() : text;
    }
    case "roman":
      return ROMANS[ordinal - 1];
    case "upperRoman":
      return ROMANS[ordinal - 1]?.toUpperCase();
  }
}
