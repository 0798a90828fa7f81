import {
  CitationParseError,
  isCanonical,
  parseCitation,
  parseCitations,
} from "../../../src/citations/citation.js";

const canonicalsOf = (input: string): string[] => parseCitations(input).map((c) => c.canonical);

function reasonFor(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof CitationParseError) return error.reason;
    throw error;
  }
  throw new Error("expected a CitationParseError");
}

describe("spellings accepted beyond the documents", () => {
  test.each([
    ["HIPAA 164.308(a)(1)", "164.308(a)(1)"],
    ["hipaa 164.308(a)(1)", "164.308(a)(1)"],
    ["45 CFR 164.308(a)(1)", "164.308(a)(1)"],
    ["45CFR 164.308(a)(1)", "164.308(a)(1)"],
    ["CFR § 164.308(a)(1)", "164.308(a)(1)"],
    ["§ 164.308(a)(1)", "164.308(a)(1)"],
    ["&sect;164.308&lpar;a&rpar;&lpar;1&rpar;", "164.308(a)(1)"],
    ["&#167;164.308&#40;a&#x29;(1)", "164.308(a)(1)"],
    ["164.308 (a) (1)", "164.308(a)(1)"],
    ["164.308( a )( 1 )", "164.308(a)(1)"],
    ['164.308("a")(1)', "164.308(a)(1)"],
    ["164.308(\u2018a\u2019)(1)", "164.308(a)(1)"],
    ["164.308(a)(1) \u2013 Security Management Process", "164.308(a)(1)"],
    ["164.308(a)(1) \u2014 Security Management Process", "164.308(a)(1)"],
    ["164.308(a)(1): Security Management Process", "164.308(a)(1)"],
    ["164.308(a)(1) &ndash; Security Management Process", "164.308(a)(1)"],
    ["Security Management Process: 164.308(a)(1)", "164.308(a)(1)"],
    ["  164.308(a)(1)\u00a0 ", "164.308(a)(1)"],
    ["164.308(a)(1)(i)(A)(1)", "164.308(a)(1)(i)(A)(1)"],
    ["164.308a1iA1", "164.308(a)(1)(i)(A)(1)"],
    ["HITECH 13402(a)", "HITECH 13402(a)"],
    ["HITECH 13402 (a)", "HITECH 13402(a)"],
    ["Section 13402(a)", "HITECH 13402(a)"],
    ["HITECH Act 13402(a)", "HITECH 13402(a)"],
    ["hitech act section 13402(a)", "HITECH 13402(a)"],
    ["HITECH 13402(a)(1)(A)(i)(I)", "HITECH 13402(a)(1)(A)(i)(I)"],
    ["HITRUST 01.d", "HITRUST 01.d"],
    ["hitrust 01.d", "HITRUST 01.d"],
    ["HITRUST CSF 01.d", "HITRUST 01.d"],
    ["CSF 01.d - User Password Management", "HITRUST 01.d"],
    ["01.D", "HITRUST 01.d"],
    ["1.d", "HITRUST 01.d"],
    ["00.a", "HITRUST 00.a"],
  ])("%j -> %j", (input, canonical) => {
    expect(parseCitation(input).canonical).toBe(canonical);
  });
});

describe("combined entries", () => {
  test.each([
    ["164.308(a)(1)(ii)(B) & (C)", ["164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)"]],
    [
      "164.308(a)(1)(ii)(B), (C) and (D)",
      ["164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)", "164.308(a)(1)(ii)(D)"],
    ],
    ["164.308(a)(1)(ii)(B)&(C)", ["164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)"]],
    ["164.308(a)(1)(ii)(B) &amp; (C)", ["164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)"]],
    // The continuation replaces the tail from the deepest level that can take its first designation.
    ["164.312(a)(2)(i) and (iii)", ["164.312(a)(2)(i)", "164.312(a)(2)(iii)"]],
    ["164.312(a)(2)(i) and (d)", ["164.312(a)(2)(i)", "164.312(d)"]],
    ["164.308(a)(1)(ii)(A) and (a)(5)(ii)(A)", ["164.308(a)(1)(ii)(A)", "164.308(a)(5)(ii)(A)"]],
    ["164.310(b\u2013c)", ["164.310(b)", "164.310(c)"]],
    ["164.310(b - c)", ["164.310(b)", "164.310(c)"]],
    ["164.308(a)(1)(ii)(A-D)", ["A", "B", "C", "D"].map((x) => `164.308(a)(1)(ii)(${x})`)],
    ["164.308(a)(1-3)(i)", ["164.308(a)(1)(i)", "164.308(a)(2)(i)", "164.308(a)(3)(i)"]],
    ["164.308(a)(1)(ii-iv)", ["164.308(a)(1)(ii)", "164.308(a)(1)(iii)", "164.308(a)(1)(iv)"]],
    ["13402(a), (b) and (c)", ["HITECH 13402(a)", "HITECH 13402(b)", "HITECH 13402(c)"]],
    ["01.a, 01.b & HITRUST 02.c", ["HITRUST 01.a", "HITRUST 01.b", "HITRUST 02.c"]],
    ["164.308(a)(1) and 13402(a) and 01.d", ["164.308(a)(1)", "HITECH 13402(a)", "HITRUST 01.d"]],
    // The same requirement named twice is one requirement.
    ["164.308(a)(2) and 164.308(a)(2)", ["164.308(a)(2)"]],
  ])("%j -> %j", (input, canonicals) => {
    expect(canonicalsOf(input)).toEqual(canonicals);
  });

  test("an '&' inside a title is not a combination", () => {
    expect(canonicalsOf("164.310(a)(2)(iii) Access Control & Validation Procedures")).toEqual([
      "164.310(a)(2)(iii)",
    ]);
    expect(canonicalsOf("164.308(a)(1) - Protection & (C) Monitoring")).toEqual(["164.308(a)(1)"]);
  });
});

describe("rejections name the reason", () => {
  const EXPECTED_CITATION = "expected a citation such as 164.308(a)(1), 13402(a) or 01.d";
  test.each([
    ["", "empty input"],
    ["   ", "empty input"],
    ["&nbsp;", "empty input"],
    ["random text", `unexpected "r" at position 1; ${EXPECTED_CITATION}`],
    ["HITRUST", `unexpected end of input at position 8; ${EXPECTED_CITATION}`],
    ["164.308(a) &", `unexpected end of input at position 13; ${EXPECTED_CITATION}`],
    ["164.308(a)(1) & x", `unexpected "x" at position 17; ${EXPECTED_CITATION}`],
    ["164.308(a)(", 'unbalanced parenthesis: "(" at position 11 is never closed'],
    ["164.308(a", 'unbalanced parenthesis: "(" at position 8 is never closed'],
    ["164.308(a))", 'unbalanced parenthesis: ")" at position 11 has no matching "("'],
    ["164.308(a b)", 'unexpected "b" at position 11; expected ")" to close "(" at position 8'],
    ["164.308()", 'unexpected ")" at position 9; expected a paragraph designation such as a, 1, ii or A'],
    ["[164.308(a)", 'unbalanced bracket: "[" at position 1 is never closed'],
    ["164.308('a)", `unexpected ")" at position 11; expected ' to close the quote at position 9`],
    ["164.308('a", "quote ' at position 9 is never closed"],
    ["164.308(A)(1)", '"A" at position 9 cannot be paragraph level 1; expected a lowercase letter'],
    ["164.308(a)(i)", '"i" at position 12 cannot be paragraph level 2; expected a number'],
    ["164.308(a)(1)(ii)(c)", '"c" at position 19 cannot be paragraph level 4; expected an uppercase letter'],
    [
      "164.308(a)(1)(iiii)",
      '"iiii" at position 15 cannot be paragraph level 3; expected a lowercase roman numeral',
    ],
    [
      "164.308(a)(01)",
      '"01" at position 12 cannot be paragraph level 2; expected a number without a leading zero',
    ],
    ["164.308a4iic", '"iic" at position 10 cannot be paragraph level 3; expected a lowercase roman numeral'],
    ["164.308A", '"A" at position 8 cannot be paragraph level 1; expected a lowercase letter'],
    [
      "164.308(a)(1)(i)(A)(1)(i)",
      'nesting too deep: "i" at position 24 would be paragraph level 6; citations have at most 5 levels',
    ],
    [
      "13402(a)(1)(A)(I)",
      '"I" at position 16 cannot be paragraph level 4; expected a lowercase roman numeral',
    ],
    [
      "999.1",
      '"999.1" at position 1 is not a HIPAA Security Rule or breach notification section (expected 164.302-164.318 or 164.400-164.414, even numbers)',
    ],
    [
      "45 CFR § 164.502(g)",
      '"164.502" at position 10 is not a HIPAA Security Rule or breach notification section (expected 164.302-164.318 or 164.400-164.414, even numbers)',
    ],
    [
      "164.309(a)",
      '"164.309" at position 1 is not a HIPAA Security Rule or breach notification section (expected 164.302-164.318 or 164.400-164.414, even numbers)',
    ],
    [
      "13499(a)",
      '"13499" at position 1 is not a HITECH Act privacy and security section (expected 13400-13424)',
    ],
    ["14.a", '"14" at position 1 is not a HITRUST CSF category (categories run 00-13)'],
    [
      "01.abc",
      '"01.abc" at position 1 is not a HITRUST CSF control id; expected two digits, a dot and one or two letters, as in 01.d or 09.ab',
    ],
    [
      "164",
      '"164" at position 1 is not a citation number; expected a HIPAA section (164.308), a HITECH section (13402) or a HITRUST id (01.d)',
    ],
    ["164.", 'unexpected "." at position 4; expected a section number after "164."'],
    ["164.308(b-a)", 'range "b-a" at position 9 does not run forwards'],
    ["164.308(a-zz)", 'range "a-zz" at position 9 spans more than 26 paragraphs'],
    ["164.308(a-b)(1-2)", 'only one paragraph level may be a range; "1-2" at position 14 is a second one'],
    ["HITECH 164.308(a)", '"HITECH" at position 1 cannot introduce 164.308(a), a HIPAA citation'],
    ["HITRUST 13402(a)", '"HITRUST" at position 1 cannot introduce HITECH 13402(a), a HITECH citation'],
    ["45 CFR 01.d", '"45 CFR" at position 1 cannot introduce HITRUST 01.d, a HITRUST citation'],
    ["&bogus;164.308", '"&bogus;" at position 1 is not an HTML entity this reader knows'],
    ["164.310 b", `unexpected "b" at position 9; expected "&", "and", "," or a title after " - "`],
    ["164.310(b)-(c)", `unexpected "-" at position 11; expected "&", "and", "," or a title after " - "`],
    ["164.310 and (b)", '"(b)" at position 14 does not continue 164.310: none of its levels can be "b"'],
    ["01.d and (a)", '"(" at position 10 cannot continue HITRUST 01.d: HITRUST ids have no paragraphs'],
  ])("%j: %s", (input, reason) => {
    expect(reasonFor(() => parseCitations(input))).toBe(reason);
  });

  test("the error carries the input, the reason and a message quoting both", () => {
    let caught: unknown;
    try {
      parseCitations("164.308(x(");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CitationParseError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as CitationParseError;
    expect(error.name).toBe("CitationParseError");
    expect(error.input).toBe("164.308(x(");
    expect(error.reason).toBe('unexpected "(" at position 10; expected ")" to close "(" at position 8');
    expect(error.message).toBe(`Cannot read citation "164.308(x(": ${error.reason}`);
  });
});

describe("parseCitation", () => {
  test("returns the one requirement", () => {
    expect(parseCitation("164.308a4iiC Access Establishment and Modification")).toEqual({
      framework: "HIPAA",
      canonical: "164.308(a)(4)(ii)(C)",
    });
    expect(parseCitation("13402(d)(1)")).toEqual({ framework: "HITECH", canonical: "HITECH 13402(d)(1)" });
    expect(parseCitation("01.d - User Password Management")).toEqual({
      framework: "HITRUST",
      canonical: "HITRUST 01.d",
    });
  });

  test("rejects an entry naming several requirements, and names them", () => {
    expect(reasonFor(() => parseCitation("164.310(b-c)"))).toBe(
      "names 2 requirements: 164.310(b), 164.310(c)",
    );
    expect(reasonFor(() => parseCitation("13402(a) and (b)"))).toBe(
      "names 2 requirements: HITECH 13402(a), HITECH 13402(b)",
    );
  });
});

describe("isCanonical", () => {
  test.each([
    "164.308(a)(4)(ii)(C)",
    "164.310",
    "164.410",
    "HITECH 13402(a)",
    "HITRUST 01.d",
    "HITRUST 00.a",
    "HITRUST 06",
  ])("%j is canonical", (s) => expect(isCanonical(s)).toBe(true));

  test.each([
    "164.308a4iiC",
    "45 CFR 164.308(a)",
    "164.308 (a)",
    "13402(a)",
    "HITECH Act 13402(a)",
    "01.d",
    "HITRUST 0.a",
    "hitrust 01.d",
    "164.310(b-c)",
    "164.308(a) - Title",
    "not a citation",
    "",
  ])("%j is not canonical", (s) => expect(isCanonical(s)).toBe(false));
});
