// Transcribed findings in the seed: the schema's closed list of kinds, what the reader makes of a
// finding (its node, the documents and requirements it concerns), and what it refuses. The mapping
// page 24 is its own version, apart from 2021-03.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRANSCRIBED_FINDING_KINDS } from "../../../src/modules/findings/finding.kinds.js";
import { projectRoot } from "../../../src/paths.js";
import { readSeedGraph, type SeedGraph } from "../../../src/seed/seed-graph.js";
import { findingsFileSchema } from "../../../src/seed/seed.schema.js";

const finding = {
  id: "a-finding",
  kind: "TEXT_ERROR",
  subject: "x",
  summary: "A defect.",
  sources: [{ document: "08-auditing_policy.md", section: "8.2 Auditing Policies", locator: "list item 3" }],
};

/** A copy of seed/ with `findings.yaml` of 2021-03 replaced. */
function seedWith(findingsYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "seed-"));
  cpSync(join(projectRoot, "seed"), dir, { recursive: true });
  writeFileSync(join(dir, "2021-03", "findings.yaml"), findingsYaml);
  return dir;
}

const rels = (graph: SeedGraph, type: "IN_DOCUMENT" | "CONCERNS", from: string) =>
  (graph.rels.get(type) ?? []).filter((r) => r.from === from).map((r) => r.to);

describe("findings.yaml schema", () => {
  it("takes a finding with defaults for documents and requirements", () => {
    const parsed = findingsFileSchema.parse({ version: "2021-03", findings: [finding] });
    expect(parsed.findings[0]).toMatchObject({ documents: [], requirements: [] });
  });

  it("refuses a kind outside the closed list, a finding without sources, and unknown fields", () => {
    const bad = (f: object) => findingsFileSchema.safeParse({ version: "2021-03", findings: [f] }).success;
    expect(bad({ ...finding, kind: "MISC" })).toBe(false);
    expect(bad({ ...finding, sources: [] })).toBe(false);
    expect(bad({ ...finding, note: "x" })).toBe(false);
    expect(bad({ ...finding, sources: [{ ...finding.sources[0], version: "2021" }] })).toBe(false);
    for (const kind of TRANSCRIBED_FINDING_KINDS) expect(bad({ ...finding, kind })).toBe(true);
  });
});

describe("findings in the seed graph", () => {
  const graph = readSeedGraph();
  const findings = graph.nodes.get("Finding") ?? [];

  it("loads every transcribed kind at least once", () => {
    const kinds = new Set(findings.map((f) => f.props.kind));
    for (const kind of TRANSCRIBED_FINDING_KINDS) expect([kind, kinds.has(kind)]).toEqual([kind, true]);
  });

  it("links a finding to the documents its sources are in and those it names, and to its requirements", () => {
    const uid = "2021-03:inheritance-table-employee-policies";
    expect(rels(graph, "IN_DOCUMENT", uid).sort()).toEqual(["2021-03:19", "2021-03:2"]);
    const titled = "2021-03:auditing-policy-cites-assigned-security-as-evaluation";
    expect(rels(graph, "CONCERNS", titled).sort()).toEqual(["164.308(a)(2)", "164.308(a)(8)"]);
    // A superseded paragraph resolves through its alias to the standard.
    expect(rels(graph, "CONCERNS", "2021-03:third-party-policy-business-associate-pre-2013-numbering")).toEqual([
      "164.314(a)(1)",
    ]);
  });

  it("keeps every source, its locator and its version as parallel lists", () => {
    const page = findings.find((f) => f.uid === "2021-03:mapping-page-not-in-2021-03");
    expect(page?.props).toMatchObject({
      kind: "DOCUMENT_NOT_IN_VERSION",
      sourceDocuments: ["README.md", "24-hipaa_mapping_to_luma_controls.md"],
      sourceVersions: ["2021-03", "2020-11"],
    });
    // The page of another version is no document of 2021-03.
    expect(rels(graph, "IN_DOCUMENT", "2021-03:mapping-page-not-in-2021-03")).toEqual([]);
  });

  it("has the mapping page 24 in 2020-11 only", () => {
    const policies = (graph.nodes.get("Policy") ?? []).map((p) => p.uid);
    expect(policies).toContain("2020-11:24");
    expect(policies).not.toContain("2021-03:24");
    const fromPage24 = (type: "ADDRESSES" | "MENTIONS") =>
      (graph.rels.get(type) ?? []).filter((r) => r.from.endsWith(":24")).map((r) => r.props.version);
    expect(new Set([...fromPage24("MENTIONS"), ...fromPage24("ADDRESSES")])).toEqual(new Set(["2020-11"]));
  });
});

describe("findings the reader refuses", () => {
  const yaml = (f: object) => JSON.stringify({ version: "2021-03", findings: [{ ...finding, ...f }] });

  it("names the file and the entry of an unknown document, requirement or other-version document", () => {
    expect(() => readSeedGraph(seedWith(yaml({ documents: [99] })))).toThrow(
      /findings\.yaml: findings\[0\]\.documents\[0\]: no document number 99 in 2021-03/,
    );
    expect(() => readSeedGraph(seedWith(yaml({ requirements: ["164.312(z)"] })))).toThrow(
      /findings\[0\]\.requirements\[0\]/,
    );
    const elsewhere = { sources: [{ document: "25-none.md", section: "x", version: "2020-11" }] };
    expect(() => readSeedGraph(seedWith(yaml(elsewhere)))).toThrow(
      /findings\[0\]\.sources\[0\]: no document "25-none\.md" in 2020-11/,
    );
  });

  it("refuses two findings with one id", () => {
    const text = JSON.stringify({ version: "2021-03", findings: [finding, finding] });
    expect(() => readSeedGraph(seedWith(text))).toThrow(/duplicate Finding "2021-03:a-finding"/);
  });

  it("reads the real findings file unchanged", () => {
    const real = readFileSync(join(projectRoot, "seed", "2021-03", "findings.yaml"), "utf8");
    expect(() => readSeedGraph(seedWith(real))).not.toThrow();
  });
});
