import type { ResponsibilityMatrix } from "../../../../src/modules/inheritance/inheritance.type.js";
import { CSV_COLUMNS, csvField, toCsv, toMarkdown } from "../../../../src/modules/matrix/matrix.export.js";

const matrix = {
  framework: "HIPAA",
  customer: "harbor",
  customerName: "Harbor | Pediatrics",
  totals: [{ status: "SHARED", count: 1 }],
  rows: [
    {
      requirement: {
        citation: "164.308(a)(2)",
        title: 'Assigned "Security" Responsibility, officer',
        framework: "HIPAA",
        kind: "STANDARD",
      },
      status: "SHARED",
      basis: "OWN_ROW",
      aptible: "NONE",
      luma: "SHARES",
      customer: "SHARES",
      riskBearers: [{ id: "luma" }, { id: "customer" }],
      policies: [{ number: 5, title: "Roles Policy", version: "2021-03" }],
      obligations: [{ action: "Name a security official\nand record it" }, { action: "=HYPERLINK(x)" }],
      condition: null,
    },
  ],
} as unknown as ResponsibilityMatrix;

describe("CSV export", () => {
  it("has the contract's columns, in order, a BOM and CRLF line ends", () => {
    const csv = toCsv(matrix);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines[0]).toBe(
      "framework,citation,title,kind,status,aptible,luma,customer,risk_bearers,policies,obligations",
    );
    expect(lines.at(-1)).toBe("");
  });

  it("quotes per RFC 4180 and joins lists with '; '", () => {
    const csv = toCsv(matrix);
    expect(csv).toContain('"Assigned ""Security"" Responsibility, officer"');
    expect(csv).toContain(",luma; customer,Roles Policy (5),");
    expect(csv).toContain('"Name a security official\nand record it; =HYPERLINK(x)"');
  });

  it("keeps spreadsheets from reading a cell as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
  });
});

describe("Markdown export", () => {
  it("renders a table with a legend, escaping pipes and line breaks", () => {
    const piped = {
      ...matrix,
      rows: [{ ...matrix.rows[0]!, requirement: { ...matrix.rows[0]!.requirement, title: "A | B" } }],
    };
    const md = toMarkdown(piped);
    expect(md).toMatch(/^# Customer responsibility matrix: HIPAA/);
    expect(md).toContain("For Harbor | Pediatrics (`harbor`)");
    expect(md).toContain("| A \\| B |");
    expect(md).toContain("**Legend.**");
    const table = md.split("\n").filter((l) => l.startsWith("|"));
    expect(table).toHaveLength(3);
    expect(table[2]).toContain("Name a security official and record it<br>=HYPERLINK(x)");
    for (const line of table)
      expect(line.split(/(?<!\\)\|/).length).toBe(table[0]!.split(/(?<!\\)\|/).length);
  });
});
