// Property-based tests: generate the structure of a valid citation, render it in every spelling the
// parser promises to read, and check each spelling parses back to the one canonical form.
import fc from "fast-check";
import {
  CitationParseError,
  isCanonical,
  parseCitation,
  parseCitations,
} from "../../../src/citations/citation.js";

// ------------------------------------------------------------------------------------------------
// Structures, generated independently of the implementation

type Kind = "lower" | "number" | "roman" | "upper" | "upperRoman";
const CFR_KINDS: readonly Kind[] = ["lower", "number", "roman", "upper", "number"];
const STATUTE_KINDS: readonly Kind[] = ["lower", "number", "upper", "roman", "upperRoman"];
const MAX_ROMAN = 39;
const MAX_NUMBER = 30;

const ROMAN_UNITS = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
const ROMAN_TENS = ["", "x", "xx", "xxx"];
const roman = (n: number): string => (ROMAN_TENS[Math.floor(n / 10)] ?? "") + (ROMAN_UNITS[n % 10] ?? "");
const letter = (n: number): string => String.fromCharCode(96 + n);

/** The n-th designation (1-based) of a level kind. */
function nth(kind: Kind, n: number): string {
  switch (kind) {
    case "lower":
      return letter(n);
    case "upper":
      return letter(n).toUpperCase();
    case "number":
      return String(n);
    case "roman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
  }
}

const sizeOf = (kind: Kind): number =>
  kind === "number" ? MAX_NUMBER : kind.endsWith("oman") ? MAX_ROMAN : 26;
const designation = (kind: Kind): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: sizeOf(kind) }).map((n) => nth(kind, n));

interface Sectioned {
  readonly framework: "HIPAA" | "HITECH";
  readonly section: string;
  readonly paragraphs: readonly string[];
}
interface Hitrust {
  readonly framework: "HITRUST";
  readonly category: number;
  readonly control: string | undefined;
}
type Structure = Sectioned | Hitrust;

const HIPAA_SECTIONS = [302, 304, 306, 308, 310, 312, 314, 316, 318, 400, 402, 404, 406, 408, 410, 412, 414];

const paragraphsOf = (kinds: readonly Kind[], minDepth = 0): fc.Arbitrary<string[]> =>
  fc
    .integer({ min: minDepth, max: kinds.length })
    .chain((depth) => fc.tuple(...kinds.slice(0, depth).map(designation)));

const hipaa = (minDepth = 0): fc.Arbitrary<Sectioned> =>
  fc.record({
    framework: fc.constant("HIPAA" as const),
    section: fc.constantFrom(...HIPAA_SECTIONS).map((n) => `164.${n}`),
    paragraphs: paragraphsOf(CFR_KINDS, minDepth),
  });

const hitech = (minDepth = 0): fc.Arbitrary<Sectioned> =>
  fc.record({
    framework: fc.constant("HITECH" as const),
    section: fc.integer({ min: 13400, max: 13424 }).map(String),
    paragraphs: paragraphsOf(STATUTE_KINDS, minDepth),
  });

const hitrust: fc.Arbitrary<Hitrust> = fc.record({
  framework: fc.constant("HITRUST" as const),
  category: fc.integer({ min: 0, max: 13 }),
  control: fc.option(fc.stringMatching(/^[a-z]{1,2}$/), { nil: undefined }),
});

const anyStructure: fc.Arbitrary<Structure> = fc.oneof(hipaa(), hitech(), hitrust);

const pad = (category: number): string => String(category).padStart(2, "0");
const parens = (paragraphs: readonly string[], open = "(", close = ")"): string =>
  paragraphs.map((p) => `${open}${p}${close}`).join("");

function canonical(s: Structure): string {
  switch (s.framework) {
    case "HIPAA":
      return s.section + parens(s.paragraphs);
    case "HITECH":
      return `HITECH ${s.section}${parens(s.paragraphs)}`;
    case "HITRUST":
      return s.control === undefined
        ? `HITRUST ${pad(s.category)}`
        : `HITRUST ${pad(s.category)}.${s.control}`;
  }
}

// ------------------------------------------------------------------------------------------------
// Spellings

/** Spellings that can stand anywhere in a combined entry (no title, no brackets). */
function innerSpellings(s: Structure): string[] {
  if (s.framework === "HITRUST") {
    const id = s.control === undefined ? pad(s.category) : `${pad(s.category)}.${s.control}`;
    const spellings = [
      id,
      `HITRUST ${id}`,
      `hitrust ${id}`,
      `HITRUST CSF ${id}`,
      `CSF ${id}`,
      id.toUpperCase(),
    ];
    if (s.control !== undefined && s.category < 10) spellings.push(`${s.category}.${s.control}`);
    return spellings;
  }
  const body = s.framework === "HIPAA" ? s.section : s.section;
  const p = s.paragraphs;
  const common = [
    body + parens(p),
    body + p.join(""),
    `${body} ${parens(p, "( ", " )")}`,
    body + parens(p, "('", "')"),
    body + parens(p, '("', '")'),
    body + parens(p, "(\u2018", "\u2019)"),
    body + parens(p, "&lpar;", "&rpar;"),
    body + parens(p, "&#40;", "&#x29;"),
    `§${body}${parens(p)}`,
    `&sect; ${body}${parens(p)}`,
    `Section ${body}${parens(p)}`,
  ];
  if (s.framework === "HIPAA") {
    const cfr = [
      "45 CFR ",
      "45 CFR §",
      "45 CFR § ",
      "45 C.F.R. § ",
      "CFR §",
      "45 CFR &sect;",
      "HIPAA ",
      "hipaa security rule ",
    ];
    return [...common, ...cfr.map((prefix) => prefix + body + parens(p))];
  }
  const hitechPrefixes = ["HITECH ", "HITECH Act ", "hitech act section ", "HITECH Section "];
  return [
    ...common,
    ...hitechPrefixes.map((prefix) => prefix + body + parens(p)),
    `HITECH ${body} ${parens(p)}`,
  ];
}

// Titles as the documents write them: words, "&", commas, hyphens; a dashless title starts with a
// word of two letters or more that is not "and" (which would read as a combination).
const title = fc
  .stringMatching(/^[A-Z][a-z]{1,8}(?: (?:[A-Za-z]{1,8}|&|[A-Z][a-z]+-[a-z]+|ePHI|3rd)[,]?){0,4}$/)
  .filter((t) => !/^and\b/i.test(t));
const leadingTitle = fc.stringMatching(/^[A-Z][a-z]{1,8}(?: (?:[A-Za-z]{1,8}|&)){0,4}$/);

function titledSpellings(s: Structure, trailing: string, leading: string): string[] {
  const c = canonical(s);
  const plain = innerSpellings(s)[0] ?? c;
  return [
    `${plain} - ${trailing}`,
    `${plain} \u2013 ${trailing}`,
    `${plain} &ndash; ${trailing}`,
    `${plain}: ${trailing}`,
    `${plain} ${trailing}`,
    `${c} - ${trailing}`,
    `${leading} - ${plain}`,
    `${leading}: ${plain}`,
    `[${plain}]`,
    `[${plain}].`,
    `${plain}.`,
    `  ${plain}\u00a0`,
  ];
}

const combinator = fc.constantFrom(" & ", "&", " and ", ", ", ", and ", " &amp; ", ",");

// ------------------------------------------------------------------------------------------------
// Properties

describe("citation properties", () => {
  test("every spelling of a valid citation parses to its canonical form", () => {
    fc.assert(
      fc.property(anyStructure, title, leadingTitle, (s, trailing, leading) => {
        const expected = canonical(s);
        for (const spelling of [...innerSpellings(s), ...titledSpellings(s, trailing, leading)]) {
          const parsed = parseCitation(spelling);
          expect({ spelling, canonical: parsed.canonical }).toEqual({ spelling, canonical: expected });
          expect(parsed.framework).toBe(s.framework);
        }
      }),
    );
  });

  test("the canonical form is a fixed point", () => {
    fc.assert(
      fc.property(anyStructure, (s) => {
        const c = canonical(s);
        expect(isCanonical(c)).toBe(true);
        for (const spelling of innerSpellings(s))
          expect(isCanonical(parseCitation(spelling).canonical)).toBe(true);
      }),
    );
  });

  test("a spelling other than the canonical one is not canonical", () => {
    fc.assert(
      fc.property(anyStructure, (s) => {
        const c = canonical(s);
        for (const spelling of innerSpellings(s)) expect(isCanonical(spelling)).toBe(spelling === c);
      }),
    );
  });

  test("paragraphs joined to a citation expand to one citation each", () => {
    const siblings = fc.oneof(hipaa(1), hitech(1)).chain((base) => {
      const kinds = base.framework === "HIPAA" ? CFR_KINDS : STATUTE_KINDS;
      const kind = kinds[base.paragraphs.length - 1] ?? "lower";
      const tail = fc.uniqueArray(designation(kind), { minLength: 1, maxLength: 4 });
      return fc.tuple(fc.constant(base), tail, fc.array(combinator, { minLength: 4, maxLength: 4 }));
    });
    fc.assert(
      fc.property(siblings, ([base, tail, joins]) => {
        const head = base.paragraphs.slice(0, -1);
        const all = [...new Set([base.paragraphs[base.paragraphs.length - 1] ?? "", ...tail])];
        const input = canonical(base) + tail.map((d, i) => `${joins[i] ?? " & "}(${d})`).join("");
        const expected = all.map((d) => canonical({ ...base, paragraphs: [...head, d] }));
        expect(parseCitations(input).map((c) => c.canonical)).toEqual(expected);
      }),
    );
  });

  test("a range expands to one citation per paragraph in it", () => {
    const ranged = fc.oneof(hipaa(1), hitech(1)).chain((base) => {
      const kinds = base.framework === "HIPAA" ? CFR_KINDS : STATUTE_KINDS;
      const level = base.paragraphs.length - 1;
      const kind = kinds[level] ?? "lower";
      return fc
        .integer({ min: 2, max: 6 })
        .chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 1, max: sizeOf(kind) - count + 1 })))
        .map(([count, first]) => ({ base, level, kind, count, first }));
    });
    fc.assert(
      fc.property(
        ranged,
        fc.constantFrom("-", "\u2013", " - ", "&ndash;"),
        ({ base, level, kind, count, first }, dash) => {
          const values = Array.from({ length: count }, (_, i) => nth(kind, first + i));
          const head = base.paragraphs.slice(0, level);
          const body = base.framework === "HIPAA" ? base.section : `HITECH ${base.section}`;
          const input = `${body}${parens(head)}(${values[0]}${dash}${values[count - 1]})`;
          const expected = values.map((v) => canonical({ ...base, paragraphs: [...head, v] }));
          expect(parseCitations(input).map((c) => c.canonical)).toEqual(expected);
        },
      ),
    );
  });

  test("full citations joined in a list parse in order, without duplicates", () => {
    const listed = fc.array(
      anyStructure.chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...innerSpellings(s)))),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(listed, fc.array(combinator, { minLength: 5, maxLength: 5 }), (items, joins) => {
        const input = items
          .map(([, spelling], i) => (i === 0 ? "" : (joins[i] ?? " and ")) + spelling)
          .join("");
        const expected = [...new Set(items.map(([s]) => canonical(s)))];
        expect(parseCitations(input).map((c) => c.canonical)).toEqual(expected);
      }),
    );
  });

  test("letter case at a HIPAA paragraph level carries meaning", () => {
    fc.assert(
      fc.property(hipaa(1), (s) => {
        const [first = "a", ...rest] = s.paragraphs;
        const input = s.section + parens([first.toUpperCase(), ...rest]);
        expect(() => parseCitations(input)).toThrow(
          /cannot be paragraph level 1; expected a lowercase letter/,
        );
      }),
    );
  });

  test("nesting deeper than five levels is rejected", () => {
    fc.assert(
      fc.property(hipaa(5), designation("roman"), (s, extra) => {
        expect(() => parseCitations(s.section + parens([...s.paragraphs, extra]))).toThrow(
          /nesting too deep/,
        );
      }),
    );
  });
});

describe("parsing arbitrary input", () => {
  // Fragments of citations, so that generated strings get deep into the grammar.
  const fragments = [
    "164",
    ".",
    "308",
    "310",
    "(",
    ")",
    "a",
    "b",
    "1",
    "2",
    "i",
    "ii",
    "C",
    "A",
    "&",
    " and ",
    ",",
    "-",
    "\u2013",
    " - ",
    "'",
    '"',
    "§",
    "45 CFR ",
    "&lpar;",
    "&rpar;",
    "&sect;",
    "&amp;",
    "&#40;",
    "&bogus;",
    "[",
    "]",
    "HITECH ",
    "13402",
    "HITRUST ",
    "0",
    "01",
    "9",
    "o",
    "d",
    ":",
    " ",
    "Title",
    ".ab",
    "\u00a0",
  ];
  const lone = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const inputs = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: lone }),
    fc.string({ unit: fc.constantFrom(...fragments), maxLength: 12 }),
  );

  test("either yields canonical citations or throws CitationParseError with a reason", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        let citations;
        try {
          citations = parseCitations(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CitationParseError);
          const { reason, message } = error as CitationParseError;
          expect(reason.length).toBeGreaterThan(0);
          expect(message).toBe(`Cannot read citation "${input}": ${reason}`);
          return;
        }
        expect(citations.length).toBeGreaterThan(0);
        for (const c of citations) {
          expect(isCanonical(c.canonical)).toBe(true);
          expect(parseCitation(c.canonical).framework).toBe(c.framework);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("isCanonical never throws", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(typeof isCanonical(input)).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
