// The responsibility matrix as CSV (RFC 4180) and Markdown: the same rows the GraphQL field returns,
// rendered for a spreadsheet or a document. Pure functions; the HTTP routes and the CLI share them.
import type { MatrixRow, ResponsibilityMatrix } from "../inheritance/inheritance.type.js";

export const CSV_COLUMNS = [
  "framework",
  "citation",
  "title",
  "kind",
  "status",
  "aptible",
  "luma",
  "customer",
  "risk_bearers",
  "policies",
  "obligations",
] as const;

export type ExportFormat = "csv" | "md";

const LIST = "; ";

function cells(m: ResponsibilityMatrix, row: MatrixRow): string[] {
  return [
    m.framework,
    row.requirement.citation,
    row.requirement.title,
    row.requirement.kind,
    row.status,
    row.aptible,
    row.luma,
    row.customer,
    row.riskBearers.map((p) => p.id).join(LIST),
    row.policies.map((p) => `${p.title} (${p.number})`).join(LIST),
    row.obligations.map((o) => o.action).join(LIST),
  ];
}

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would read as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(m: ResponsibilityMatrix): string {
  const lines = [CSV_COLUMNS.join(","), ...m.rows.map((row) => cells(m, row).map(csvField).join(","))];
  // The byte-order mark makes spreadsheets read the file as UTF-8 (§, en dashes in titles).
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const mdCell = (value: string): string =>
  value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function toMarkdown(m: ResponsibilityMatrix): string {
  const who = m.customer
    ? `${m.customerName ?? m.customer} (\`${m.customer}\`)`
    : "the customer template (before any customer's choices)";
  const totals = m.totals.map((t) => `${t.status} ${t.count}`).join(" · ");
  const header = [
    "Citation",
    "Title",
    "Status",
    "Aptible",
    "Luma",
    "Customer",
    "Risk bearers",
    "Policies",
    "Customer obligations",
  ];
  const rows = m.rows.map((row) => {
    const c = cells(m, row);
    return [
      c[1],
      c[2],
      c[4],
      c[5],
      c[6],
      c[7],
      c[8],
      c[9],
      row.obligations.map((o) => o.action).join("<br>"),
    ].map((v) => mdCell(v ?? ""));
  });
  return [
    `# Customer responsibility matrix: ${m.framework}`,
    "",
    `For ${who}. ${m.rows.length} requirements: ${totals}.`,
    "",
    "**Legend.** Status, from Luma's HIPAA inheritance table: INHERITED (Luma owns it and carries the risk), " +
      "SHARED (Luma and the customer each own their part), NOT_INHERITED (the customer owns it), " +
      "CONDITIONAL (Luma if the customer uses an optional capability, else the customer). " +
      "Responsibilities: OWNS (accountable, carries the risk), SHARES (owns its part), OPERATES (runs controls, " +
      "not accountable to the customer: Aptible for Luma), INHERITS (relies on the owner), CONDITIONAL (depends on the " +
      "customer's choice), NONE.",
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
}

export function renderMatrix(m: ResponsibilityMatrix, format: ExportFormat): string {
  return format === "csv" ? toCsv(m) : toMarkdown(m);
}
