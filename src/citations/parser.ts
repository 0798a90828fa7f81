// The citation grammar, as a recursive-descent parser over decoded characters:
//
//   entry        = ["["] [leading-title] item { combinator (continuation | item) } end
//   item         = { prefix } ( cfr | hitech | hitrust-control | hitrust-category )
//   prefix       = "HIPAA" ["Security Rule"] | "HITECH" ["Act"] | "HITRUST" ["CSF"] | "CSF"
//                | ["45"] ("CFR" | "C.F.R.") | "Section" | "Sec." | "§"
//   cfr          = "164." section paragraphs          hitech = 134nn paragraphs
//   paragraphs   = compact | { "(" designation ["-" designation] ")" }
//   combinator   = "," | "&" | "and" | ", and" | ", &"
//   continuation = paragraphs that replace the tail of the previous citation: "(B) & (C)"
//   end          = "]" | " - title" | ": title" | " Title words" | "." | nothing
//
// Titles are dropped: the canonical form identifies the requirement, the title only describes it.
import {
  CFR_LEVELS,
  STATUTE_LEVELS,
  describeKind,
  designationAt,
  resolveDesignation,
  whyNot,
  type LevelKind,
  type RawDesignation,
  type RawParagraph,
} from "./paragraphs.js";
import {
  canonicalOf,
  implausibleHipaaSection,
  implausibleHitechSection,
  implausibleHitrustCategory,
  type Reference,
} from "./references.js";
import { Scanner, isAlnum, isDigit, isLetter } from "./scanner.js";
import { decodeSource, type SourceChar } from "./source.js";
import { CitationParseError, type Framework } from "./types.js";

/** A range longer than the alphabet is a typo, not a citation. */
const MAX_RANGE = 26;
const EXPECTED_CITATION = "a citation such as 164.308(a)(1), 13402(a) or 01.d";

export function parseReferences(input: string): Reference[] {
  const decoded = decodeSource(input);
  if (!decoded.ok) throw new CitationParseError(input, decoded.reason);
  if (decoded.chars.every((c) => c.ch === " ")) throw new CitationParseError(input, "empty input");
  return parseEntry(new Scanner(input, decoded.chars));
}

function parseEntry(s: Scanner): Reference[] {
  s.skipSpaces();
  // Prose cites in brackets: "... workforce members [164.308(a)(3)(ii)(A) and 164.308(a)(5)(ii)(A)]".
  const bracket = s.eat("[");
  s.skipSpaces();
  skipLeadingTitle(s);
  const refs = parseItem(s);
  while (parseCombinator(s)) {
    const base = refs[refs.length - 1];
    const next = s.ch() === "(" && base !== undefined ? parseContinuation(s, base) : parseItem(s);
    refs.push(...next);
  }
  parseEnd(s, bracket);
  return dedupe(refs);
}

// ---------------------------------------------------------------------------------------------
// Titles and separators

/**
 * Tables and the breach policy put the title first: "Workstation Use - 164.310(b)",
 * "HITECH Notification in the Case of Breach - 13402(a) and 13402(b)". A leading title has no
 * digits and ends at the first " - " or ": ".
 */
function skipLeadingTitle(s: Scanner): void {
  if (!isLetter(s.ch())) return;
  const start = s.index;
  parsePrefixes(s);
  const isPrefixedCitation = isDigit(s.ch());
  s.index = start;
  if (isPrefixedCitation) return;
  for (let offset = 0; s.ch(offset) !== undefined && !isDigit(s.ch(offset)); offset += 1) {
    const length = separatorLength(s, offset);
    if (length > 0) {
      s.index += offset + length;
      return;
    }
  }
}

/** Length of a title separator (" - ", " : ", ": ", " – ") starting at `offset`, else 0. */
function separatorLength(s: Scanner, offset: number): number {
  let end = offset;
  while (s.ch(end) === " ") end += 1;
  const mark = s.ch(end);
  const spacedBefore = end > offset;
  if (mark !== ":" && !(mark === "-" && spacedBefore)) return 0;
  end += 1;
  if (s.ch(end) !== " ") return 0;
  while (s.ch(end) === " ") end += 1;
  return end - offset;
}

function parseEnd(s: Scanner, bracket: SourceChar | undefined): void {
  const spaced = s.skipSpaces();
  if (bracket !== undefined) return closeBracket(s, bracket);
  if (s.atEnd() || startsTrailingTitle(s, spaced)) return;
  if (s.ch() === "." && s.restOfInputIsBlank(1)) return;
  if (s.ch() === ")") s.fail(`unbalanced parenthesis: ")" at position ${s.position()} has no matching "("`);
  s.unexpected(`"&", "and", "," or a title after " - "`);
}

function closeBracket(s: Scanner, bracket: SourceChar): void {
  if (s.eat("]") === undefined) {
    if (s.atEnd()) s.fail(`unbalanced bracket: "[" at position ${bracket.pos} is never closed`);
    s.unexpected(`"]" to close "[" at position ${bracket.pos}`);
  }
  s.skipSpaces();
  s.eat(".");
  s.skipSpaces();
  if (!s.atEnd()) s.unexpected(`nothing after "]"`);
}

/** " - Title", " – Title", ": Title", or a title that simply follows after a space ("164.310b Workstation Use"). */
function startsTrailingTitle(s: Scanner, spaced: boolean): boolean {
  const ch = s.ch();
  if (ch === ":") return true;
  if (ch === "-") return spaced || s.ch(1) === " " || s.ch(1) === undefined;
  // Two letters, so that a stray "164.310 b" is reported rather than taken for a title.
  return spaced && isLetter(ch) && isLetter(s.ch(1));
}

function parseCombinator(s: Scanner): boolean {
  return s.attempt(() => {
    s.skipSpaces();
    const comma = s.eat(",") !== undefined;
    s.skipSpaces();
    const joined = s.eat("&") !== undefined || s.eatKeyword("and");
    s.skipSpaces();
    return comma || joined;
  });
}

// ---------------------------------------------------------------------------------------------
// Items

interface Prefix {
  readonly label: string;
  readonly pos: number;
  readonly allows: readonly Framework[];
}

const HIPAA: readonly Framework[] = ["HIPAA"];
const HITECH: readonly Framework[] = ["HITECH"];
const HITRUST: readonly Framework[] = ["HITRUST"];
const SECTIONED: readonly Framework[] = ["HIPAA", "HITECH"];

function parsePrefixes(s: Scanner): Prefix[] {
  const prefixes: Prefix[] = [];
  for (;;) {
    s.skipSpaces();
    const pos = s.position();
    const prefix = readPrefix(s);
    if (prefix === undefined) return prefixes;
    prefixes.push({ ...prefix, pos });
  }
}

function readPrefix(s: Scanner): Omit<Prefix, "pos"> | undefined {
  const optionally = (...words: string[]): void => {
    s.attempt(() => words.every((word) => s.skipSpaces() && s.eatKeyword(word)));
  };
  if (s.eatKeyword("HIPAA")) {
    optionally("Security", "Rule");
    return { label: "HIPAA", allows: HIPAA };
  }
  if (s.eatKeyword("HITECH")) {
    optionally("Act");
    return { label: "HITECH", allows: HITECH };
  }
  if (s.eatKeyword("HITRUST")) {
    optionally("CSF");
    return { label: "HITRUST", allows: HITRUST };
  }
  if (s.eatKeyword("CSF")) return { label: "CSF", allows: HITRUST };
  if (eatCfr(s)) return { label: "45 CFR", allows: HIPAA };
  if (s.eatKeyword("Section") || s.eatKeyword("Sec.")) return { label: "Section", allows: SECTIONED };
  if (s.eat("§") !== undefined) {
    while (s.eat("§") !== undefined);
    return { label: "§", allows: SECTIONED };
  }
  return undefined;
}

/** "45 CFR", "45 C.F.R.", "45CFR", "CFR". */
function eatCfr(s: Scanner): boolean {
  const cfr = (): boolean => s.eatKeyword("CFR") || s.eatKeyword("C.F.R.");
  const titled = (): boolean => {
    if (s.readWhile(isDigit) !== "45") return false;
    s.skipSpaces();
    return cfr();
  };
  return s.attempt(titled) || cfr();
}

function parseItem(s: Scanner): Reference[] {
  const prefixes = parsePrefixes(s);
  if (!isDigit(s.ch())) s.unexpected(EXPECTED_CITATION);
  const pos = s.position();
  const digits = s.readWhile(isDigit);
  const refs = parseNumbered(s, digits, pos);
  const first = refs[0];
  if (first !== undefined) checkPrefixes(s, prefixes, first);
  return refs;
}

function parseNumbered(s: Scanner, digits: string, pos: number): Reference[] {
  const dotted = s.ch() === "." && isAlnum(s.ch(1));
  if (dotted && digits.length >= 3) return parseCfr(s, digits, pos);
  if (dotted) return [parseHitrustControl(s, digits, pos)];
  if (digits.length === 5) return parseHitech(s, digits, pos);
  if (digits.length === 2) return [parseHitrustCategory(s, digits, pos)];
  if (s.ch() === "." && digits.length >= 3) s.unexpected(`a section number after "${digits}."`);
  return s.fail(
    `"${digits}" at position ${pos} is not a citation number; expected a HIPAA section (164.308), a HITECH section (13402) or a HITRUST id (01.d)`,
  );
}

function checkPrefixes(s: Scanner, prefixes: readonly Prefix[], ref: Reference): void {
  const misfit = prefixes.find((prefix) => !prefix.allows.includes(ref.framework));
  if (misfit === undefined) return;
  s.fail(
    `"${misfit.label}" at position ${misfit.pos} cannot introduce ${canonicalOf(ref)}, a ${ref.framework} citation`,
  );
}

function parseCfr(s: Scanner, part: string, pos: number): Reference[] {
  s.advance();
  const section = s.readWhile(isDigit);
  if (section === "") s.unexpected(`a section number after "${part}."`);
  const implausible = implausibleHipaaSection(part, section, pos);
  if (implausible !== undefined) s.fail(implausible);
  return expand(s, "HIPAA", `${part}.${section}`, parseParagraphs(s, CFR_LEVELS));
}

function parseHitech(s: Scanner, section: string, pos: number): Reference[] {
  const implausible = implausibleHitechSection(section, pos);
  if (implausible !== undefined) s.fail(implausible);
  return expand(s, "HITECH", section, parseParagraphs(s, STATUTE_LEVELS));
}

// HITRUST ids are written as in the CSF ("01.d", "09.ab"), and, in the documents, also as:
// - "0.a": a one-digit category. Canonical ids keep two digits ("HITRUST 00.a"), so "0.a" and
//   "00.a" are two spellings of one control;
// - "0.9o": the dot one place early; the title (Management of Removable Media) confirms 09.o;
// - "10.1": the digit 1 for the letter l; the title (Outsourced Software Development) confirms 10.l.
// Letter case carries no meaning in HITRUST ids, so "01.D" is 01.d.
function parseHitrustControl(s: Scanner, digits: string, pos: number): Reference {
  s.advance();
  const suffix = s.readWhile(isAlnum);
  const id = hitrustIdOf(digits, suffix);
  if (id === undefined) {
    s.fail(
      `"${digits}.${suffix}" at position ${pos} is not a HITRUST CSF control id; expected two digits, a dot and one or two letters, as in 01.d or 09.ab`,
    );
  }
  const implausible = implausibleHitrustCategory(id.category, pos);
  if (implausible !== undefined) s.fail(implausible);
  return { framework: "HITRUST", ...id };
}

function hitrustIdOf(digits: string, suffix: string): { category: string; control: string } | undefined {
  if (/^[a-z]{1,2}$/i.test(suffix))
    return { category: digits.padStart(2, "0"), control: suffix.toLowerCase() };
  const earlyDot = /^(\d)([a-z]{1,2})$/i.exec(suffix);
  if (digits.length === 1 && earlyDot?.[1] !== undefined && earlyDot[2] !== undefined) {
    return { category: digits + earlyDot[1], control: earlyDot[2].toLowerCase() };
  }
  if (digits.length === 2 && suffix === "1") return { category: digits, control: "l" };
  return undefined;
}

/**
 * "06 - Configuration Management" cites a whole category rather than one control. It is kept as a
 * reference of its own ("HITRUST 06") instead of being guessed into a control.
 */
function parseHitrustCategory(s: Scanner, category: string, pos: number): Reference {
  const implausible = implausibleHitrustCategory(category, pos);
  if (implausible !== undefined) s.fail(implausible);
  return { framework: "HITRUST", category, control: undefined };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

type Values = readonly [string, ...string[]];

interface Level {
  readonly values: Values;
  /** As written; absent for levels carried over from the previous citation. */
  readonly raw?: RawParagraph;
}

function parseParagraphs(s: Scanner, kinds: readonly LevelKind[]): Level[] {
  // Compact spelling only when the designation touches the number: "164.310b", never "164.310 b".
  const raws = isLetter(s.ch()) ? readCompact(s) : readParenthesized(s);
  return resolveLevels(s, raws, kinds, 0);
}

/** "a4iiC" -> a, 4, ii, C: adjacent levels never share a character class. */
function readCompact(s: Scanner): RawParagraph[] {
  const raws: RawParagraph[] = [];
  while (isAlnum(s.ch())) {
    const pos = s.position();
    const kind = characterClass(s.ch());
    const text = s.readWhile((ch) => isAlnum(ch) && characterClass(ch) === kind);
    raws.push({ first: { text, pos, escaped: false } });
  }
  return raws;
}

function characterClass(ch: string | undefined): "digit" | "lower" | "upper" {
  if (isDigit(ch)) return "digit";
  return ch !== undefined && ch === ch.toLowerCase() ? "lower" : "upper";
}

function readParenthesized(s: Scanner): RawParagraph[] {
  const raws: RawParagraph[] = [];
  const atParagraph = (): boolean => {
    s.skipSpaces();
    return s.ch() === "(";
  };
  while (s.attempt(atParagraph)) raws.push(readParagraph(s));
  return raws;
}

/** "(a)", "( a )", "('c')", "&lpar;c&rpar;", "(b-c)". */
function readParagraph(s: Scanner): RawParagraph {
  const open = s.advance();
  const first = readDesignation(s, open);
  s.skipSpaces();
  const last = s.eat("-") !== undefined ? readDesignation(s, open) : undefined;
  s.skipSpaces();
  if (s.atEnd()) unbalanced(s, open);
  if (s.ch() !== ")") s.unexpected(`")" to close "(" at position ${open.pos}`);
  const close = s.advance();
  const escaped = (d: Written): RawDesignation => ({
    ...d,
    escaped: d.quoted || open.escaped || close.escaped,
  });
  return last === undefined ? { first: escaped(first) } : { first: escaped(first), last: escaped(last) };
}

interface Written {
  readonly text: string;
  readonly pos: number;
  readonly quoted: boolean;
}

function readDesignation(s: Scanner, open: SourceChar): Written {
  s.skipSpaces();
  const quote = s.ch() === "'" || s.ch() === '"' ? s.advance() : undefined;
  const pos = s.position();
  const text = s.readWhile(isAlnum);
  if (text === "") {
    if (s.atEnd()) unbalanced(s, open);
    s.unexpected("a paragraph designation such as a, 1, ii or A");
  }
  if (quote !== undefined && s.eat(quote.ch) === undefined) {
    if (s.atEnd()) s.fail(`quote ${quote.ch} at position ${quote.pos} is never closed`);
    s.unexpected(`${quote.ch} to close the quote at position ${quote.pos}`);
  }
  return { text, pos, quoted: quote !== undefined };
}

function unbalanced(s: Scanner, open: SourceChar): never {
  return s.fail(`unbalanced parenthesis: "(" at position ${open.pos} is never closed`);
}

function resolveLevels(
  s: Scanner,
  raws: readonly RawParagraph[],
  kinds: readonly LevelKind[],
  start: number,
): Level[] {
  return raws.map((raw, i) => {
    const depth = start + i + 1;
    const kind = kinds[depth - 1];
    if (kind === undefined) {
      s.fail(
        `nesting too deep: "${raw.first.text}" at position ${raw.first.pos} would be paragraph level ${depth}; citations have at most ${kinds.length} levels`,
      );
    }
    return { raw, values: valuesOf(s, kind, depth, raw) };
  });
}

function valuesOf(s: Scanner, kind: LevelKind, depth: number, raw: RawParagraph): Values {
  const first = resolveDesignation(kind, raw.first) ?? s.fail(whyNot(kind, raw.first, depth));
  if (raw.last === undefined) return [first.text];
  const last = resolveDesignation(kind, raw.last) ?? s.fail(whyNot(kind, raw.last, depth));
  const range = `range "${raw.first.text}-${raw.last.text}" at position ${raw.first.pos}`;
  if (last.ordinal <= first.ordinal) s.fail(`${range} does not run forwards`);
  if (last.ordinal - first.ordinal >= MAX_RANGE) s.fail(`${range} spans more than ${MAX_RANGE} paragraphs`);
  const rest: string[] = [];
  for (let ordinal = first.ordinal + 1; ordinal <= last.ordinal; ordinal += 1) {
    rest.push(designationAt(kind, ordinal) ?? s.fail(`${range} runs past the last ${describeKind(kind)}`));
  }
  return [first.text, ...rest];
}

/**
 * "164.308(a)(1)(ii)(B) & (C)": the paragraphs after "&" replace the tail of the previous citation,
 * starting at the deepest of its levels that can take the first of them ("C" can only be level 4).
 */
function parseContinuation(s: Scanner, base: Reference): Reference[] {
  if (base.framework === "HITRUST") {
    s.fail(
      `"(" at position ${s.position()} cannot continue ${canonicalOf(base)}: HITRUST ids have no paragraphs`,
    );
  }
  const kinds = base.framework === "HIPAA" ? CFR_LEVELS : STATUTE_LEVELS;
  const raws = readParenthesized(s);
  const lead = raws[0]?.first;
  if (lead === undefined) return s.unexpected(`"(" to start a paragraph`);
  const start = continuationLevel(kinds, base.paragraphs.length, lead);
  if (start === undefined) {
    s.fail(
      `"(${lead.text})" at position ${lead.pos} does not continue ${canonicalOf(base)}: none of its levels can be "${lead.text}"`,
    );
  }
  const kept = base.paragraphs.slice(0, start).map((text): Level => ({ values: [text] }));
  return expand(s, base.framework, base.section, [...kept, ...resolveLevels(s, raws, kinds, start)]);
}

function continuationLevel(
  kinds: readonly LevelKind[],
  depth: number,
  lead: RawDesignation,
): number | undefined {
  for (let level = depth - 1; level >= 0; level -= 1) {
    const kind = kinds[level];
    if (kind !== undefined && resolveDesignation(kind, lead) !== undefined) return level;
  }
  return undefined;
}

/** One reference per value of the (at most one) range: "164.310(b-c)" -> (b), (c). */
function expand(
  s: Scanner,
  framework: "HIPAA" | "HITECH",
  section: string,
  levels: readonly Level[],
): Reference[] {
  const ranges = levels.filter((level) => level.values.length > 1);
  const second = ranges[1]?.raw;
  if (second !== undefined) {
    const written = `${second.first.text}-${second.last?.text ?? ""}`;
    s.fail(
      `only one paragraph level may be a range; "${written}" at position ${second.first.pos} is a second one`,
    );
  }
  const rangeAt = levels.findIndex((level) => level.values.length > 1);
  const choices = rangeAt < 0 ? [undefined] : (levels[rangeAt]?.values ?? []);
  return choices.map((choice) => ({
    framework,
    section,
    paragraphs: levels.map((level, i) => (i === rangeAt && choice !== undefined ? choice : level.values[0])),
  }));
}

function dedupe(refs: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const canonical = canonicalOf(ref);
    if (seen.has(canonical)) return false;
    seen.add(canonical);
    return true;
  });
}
