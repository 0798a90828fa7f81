// Each Cypher file's `Columns:` header against the columns its repository declares for it (the
// declaration the compiler holds the row interface to, and the run time holds each result to). A file
// nobody declares, a declaration of no file, or a header and a declaration that differ all fail here.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { API_KEY_STATEMENTS } from "../../../src/auth/api-key.repository.js";
import { headerColumns } from "../../../src/db/cypher.js";
import { checkColumns, ColumnsDrift, type Statement } from "../../../src/db/repository.js";
import { ATTESTATION_STATEMENTS } from "../../../src/modules/attestation/attestation.repository.js";
import { AUDIT_STATEMENTS } from "../../../src/modules/audit/audit.repository.js";
import { CONTROL_STATEMENTS } from "../../../src/modules/control/control.repository.js";
import { CUSTOMER_STATEMENTS } from "../../../src/modules/customer/customer.repository.js";
import { FINDINGS_STATEMENTS } from "../../../src/modules/findings/findings.repository.js";
import { GRAPH_EDIT_STATEMENTS } from "../../../src/modules/graph-edit/graph-edit.repository.js";
import { INHERITANCE_STATEMENTS } from "../../../src/modules/inheritance/inheritance.repository.js";
import { POLICY_STATEMENTS } from "../../../src/modules/policy/policy.repository.js";
import { REQUIREMENT_STATEMENTS } from "../../../src/modules/requirement/requirement.repository.js";
import { SEARCH_STATEMENTS } from "../../../src/modules/search/search.repository.js";
import { projectRoot } from "../../../src/paths.js";

const REGISTRIES: Record<string, Record<string, Statement<unknown>>> = {
  API_KEY_STATEMENTS,
  ATTESTATION_STATEMENTS,
  AUDIT_STATEMENTS,
  CONTROL_STATEMENTS,
  CUSTOMER_STATEMENTS,
  FINDINGS_STATEMENTS,
  GRAPH_EDIT_STATEMENTS,
  INHERITANCE_STATEMENTS,
  POLICY_STATEMENTS,
  REQUIREMENT_STATEMENTS,
  SEARCH_STATEMENTS,
};
const declared = Object.values(REGISTRIES).flatMap((registry) => Object.values(registry));

/** Fragments are expressions, not statements; the seed's statements are the loader's (src/seed/loader.ts). */
const NOT_IN_A_REPOSITORY = /^(fragments|seed)\//;

const CYPHER = join(projectRoot, "cypher");
function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith(".cypher")) yield path;
  }
}
const files = [...walk(CYPHER)]
  .map((path) => ({
    name: relative(CYPHER, path)
      .split(sep)
      .join("/")
      .replace(/\.cypher$/, ""),
    source: readFileSync(path, "utf8"),
  }))
  .filter((f) => !NOT_IN_A_REPOSITORY.test(f.name));

/** What differs between a header and a declaration, or null when they agree. */
function drift(source: string, statement: Statement<unknown>): string | null {
  const header = headerColumns(source);
  if (header === null)
    return `cypher/${statement.name}.cypher: its header states no Columns: (nor "Returns nothing.")`;
  const listed = [...header].sort().join(", ");
  const code = [...statement.columns].sort().join(", ");
  return listed === code
    ? null
    : `cypher/${statement.name}.cypher: header says [${listed}], repository [${code}]`;
}

describe("Columns: headers and repositories", () => {
  it("declares every Cypher file in exactly one repository, and nothing else", () => {
    const names = declared.map((s) => s.name).sort();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files.map((f) => [f.name, f.source] as const))(
    "%s: the header lists the declared columns",
    (name, source) => {
      const statement = declared.find((s) => s.name === name) as Statement<unknown>;
      expect(drift(source, statement)).toBeNull();
    },
  );

  it("fails when a header and the code drift apart", () => {
    const find = CUSTOMER_STATEMENTS.find;
    const renamed =
      "// Customers with their choices. $id.\n// Columns: customers (map).\nMATCH (c) RETURN c AS customers";
    const added = "// Customers. $id. Columns: customer (map), capabilities; no row: none.\nRETURN 1";
    const silent = "// Customers. $id.\nRETURN 1 AS customer";
    expect(drift(renamed, find)).toBe(
      "cypher/customer/find.cypher: header says [customers], repository [customer]",
    );
    expect(drift(added, find)).toMatch(/header says \[capabilities, customer\], repository \[customer\]/);
    expect(drift(silent, find)).toMatch(/states no Columns:/);
  });
});

describe("headerColumns", () => {
  it("reads names with notes in parentheses, up to the end of the sentence or a semicolon", () => {
    expect(headerColumns("// One. $id. Columns: key (map), or no row.\nMATCH (k) RETURN k AS key")).toEqual([
      "key",
    ]);
    expect(
      headerColumns("// Columns: before (map, null when new), attestation (map); no row: unknown.\nRETURN 1"),
    ).toEqual(["before", "attestation"]);
    expect(
      headerColumns(
        "// Columns: kind, detail (list of {document,\n// section}), id (the id. or null). More.\nRETURN 1",
      ),
    ).toEqual(["kind", "detail", "id"]);
    expect(headerColumns("// Appends. Returns nothing.\nCREATE (e)")).toEqual([]);
    expect(headerColumns("// Nothing said.\nRETURN 1 AS x")).toBeNull();
  });

  it("reads only the leading comment block", () => {
    expect(headerColumns("// Columns: a.\nRETURN 1 AS a\n// Columns: b.\n")).toEqual(["a"]);
  });
});

describe("checkColumns (each result's first row at run time)", () => {
  it("accepts the declared columns in any order and refuses others", () => {
    const statement = GRAPH_EDIT_STATEMENTS.resolveRequirements;
    expect(() => checkColumns(statement, { uid: "u", id: "i" })).not.toThrow();
    expect(() => checkColumns(statement, undefined)).not.toThrow();
    expect(() => checkColumns(statement, { id: "i" })).toThrow(ColumnsDrift);
    expect(() => checkColumns(statement, { id: "i", uid: "u", extra: 1 })).toThrow(
      "Cypher graph-edit/resolve-requirements returned columns id, uid, extra; its repository declares id, uid",
    );
  });
});
