// The seed in the real Neo4j, checked against the seed files themselves: counts per label and
// relationship type, idempotent reloads, validation before any write, and specific rows.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { CypherCatalog } from "../../src/db/cypher.js";
import { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/paths.js";
import { requirementParts } from "../../src/modules/requirement/requirement.service.js";
import { countGraph, loadSeedGraph, resetGraph } from "../../src/seed/loader.js";
import { readSeedGraph, SeedError } from "../../src/seed/seed-graph.js";
import { seedTestGraph, testConfig, testDatabase } from "../support/graph.js";

const seedFile = <T>(path: string): T => parse(readFileSync(join(projectRoot, "seed", path), "utf8")) as T;

describe("seed loaded into Neo4j", () => {
  let db: Database;
  beforeAll(async () => {
    await seedTestGraph();
    db = testDatabase();
  });
  afterAll(async () => db.close());

  it("holds exactly the nodes and relationships the seed files describe", async () => {
    const graph = readSeedGraph();
    const counts = await countGraph(db);
    for (const [label, rows] of graph.nodes)
      expect({ label, count: counts.labels[label] ?? 0 }).toEqual({ label, count: rows.length });
    for (const [type, rows] of graph.rels) {
      const distinct = new Set(rows.map((r) => `${r.from}->${r.to}`)).size;
      expect({ type, count: counts.types[type] ?? 0 }).toEqual({ type, count: distinct });
    }
    // HITRUST controls carry both labels; the derived links exist.
    expect(counts.labels.HitrustControl).toBe(
      seedFile<{ controls: unknown[] }>("2021-03/hitrust-controls.yaml").controls.length,
    );
    expect(counts.types.RELATES_TO).toBeGreaterThan(0);
  });

  it("has the whole HIPAA Security Rule: 22 standards, each specification under its standard", async () => {
    const rows = await db.read("requirement/find", {
      ids: null,
      framework: "HIPAA",
      kind: null,
      safeguard: null,
      after: null,
      limit: 1000,
      version: "2021-03",
      parts: requirementParts(null),
    });
    const reqs = rows.map(
      (r) =>
        r.requirement as {
          citation: string;
          kind: string;
          designation: string | null;
          standard: { citation: string } | null;
        },
    );
    const standards = reqs.filter((r) => r.kind === "STANDARD");
    expect(standards).toHaveLength(22);
    const bySection = (s: string) => standards.filter((r) => r.citation.startsWith(s)).length;
    expect([
      bySection("164.308"),
      bySection("164.310"),
      bySection("164.312"),
      bySection("164.314"),
      bySection("164.316"),
    ]).toEqual([9, 4, 5, 2, 2]);
    const specs = reqs.filter((r) => r.kind === "IMPLEMENTATION_SPECIFICATION");
    for (const spec of specs) {
      expect(spec.designation).toMatch(/^(REQUIRED|ADDRESSABLE)$/);
      expect(spec.citation.startsWith(spec.standard?.citation.replace(/\(\w+\)$/, "") ?? "?")).toBe(true);
    }
    expect(specs.find((s) => s.citation === "164.312(a)(2)(iv)")?.designation).toBe("ADDRESSABLE");
    expect(specs.find((s) => s.citation === "164.308(a)(1)(ii)(A)")?.designation).toBe("REQUIRED");
  });

  it("loads twice into the same graph: same counts, same properties", async () => {
    const snapshot = async () =>
      JSON.stringify((await db.read("seed/count-labels")).map((r) => [r.kind, r.name, r.count]).sort());
    const propsOf = async () =>
      (await db.read("policy/find", { number: null, version: "2021-03" })).map((r) =>
        JSON.stringify(r.policy),
      );
    const before = [await snapshot(), await propsOf()];
    await loadSeedGraph(db, readSeedGraph());
    expect([await snapshot(), await propsOf()]).toEqual(before);
  });

  it("writes the same graph in small batches, several at once, as in one transaction", async () => {
    const snapshot = async () =>
      JSON.stringify((await db.read("seed/count-labels")).map((r) => [r.kind, r.name, r.count]).sort());
    const before = await snapshot();
    await resetGraph(db);
    // 40-row batches, 4 at once: concurrent transactions touching the same nodes (the deadlocks
    // Database retries), and every relationship batch after every node batch.
    const report = await loadSeedGraph(db, readSeedGraph(), {
      transactions: "batched",
      batchSize: 40,
      writers: 4,
    });
    expect(report).toMatchObject({ transactions: "batched", writers: 4, writes: "create" });
    expect(await snapshot()).toEqual(before);
    // Once more onto itself: merged, in the same small concurrent batches, and nothing added.
    const again = await loadSeedGraph(db, readSeedGraph(), {
      transactions: "batched",
      batchSize: 40,
      writers: 4,
    });
    expect(again.writes).toBe("merge");
    expect(await snapshot()).toEqual(before);
  });

  it("creates onto an empty graph exactly what merging writes, properties included", async () => {
    const config = testConfig();
    const fixtures = new Database(
      { ...config.neo4j, uri: config.neo4j.uri as string },
      new CypherCatalog(join(__dirname, "../fixtures/cypher")),
    );
    try {
      // Element ids differ from load to load, and so may the order of the derived links' policies.
      const dump = async () =>
        (await fixtures.read("seed-dump"))
          .map((row) => {
            const props = row.props as Record<string, unknown>;
            if (Array.isArray(props.viaPolicies))
              props.viaPolicies = [...(props.viaPolicies as string[])].sort();
            return JSON.stringify([row.kind, [...(row.labels as string[])].sort(), row.key, props]);
          })
          .sort();
      await resetGraph(db);
      const created = await loadSeedGraph(db, readSeedGraph());
      const afterCreate = await dump();
      await resetGraph(db);
      const merged = await loadSeedGraph(db, readSeedGraph(), { writes: "merge" });
      expect([created.writes, merged.writes]).toEqual(["create", "merge"]);
      expect(afterCreate).toHaveLength(created.elements);
      expect(await dump()).toEqual(afterCreate);
    } finally {
      await fixtures.close();
    }
  });

  it("stops on a bad seed file, naming the file and the entry, before anything is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "seed-"));
    cpSync(join(projectRoot, "seed"), dir, { recursive: true });
    const inheritance = join(dir, "2021-03", "inheritance.yaml");
    writeFileSync(
      inheritance,
      readFileSync(inheritance, "utf8").replace(
        'requirements: ["164.312(b)"]',
        'requirements: ["164.312(z)"]',
      ),
    );
    expect(() => readSeedGraph(dir)).toThrow(SeedError);
    expect(() => readSeedGraph(dir)).toThrow(
      /seed\/2021-03\/inheritance\.yaml|inheritance\.yaml: rows\[\d+\]\.requirements\[0\]/,
    );

    writeFileSync(
      inheritance,
      readFileSync(inheritance, "utf8").replace("status: INHERITED", "status: MAYBE"),
    );
    expect(() => readSeedGraph(dir)).toThrow(/inheritance\.yaml: rows\[\d+\]\.status/);
    const before = await countGraph(db);
    await expect(async () => loadSeedGraph(db, readSeedGraph(dir))).rejects.toThrow(SeedError);
    expect(await countGraph(db)).toEqual(before);
  });

  it("records the inheritance row of 164.308(a)(5)(i): No, Employees Policy", async () => {
    const [row] = await db.read("requirement/find", {
      ids: ["164.308(a)(5)(i)"],
      framework: null,
      kind: null,
      safeguard: null,
      after: null,
      limit: 1,
      version: "2021-03",
      parts: requirementParts(null),
    });
    const rows = (
      row?.requirement as {
        inheritanceRows: Array<{
          status: string;
          inheritedAsWritten: string;
          policies: Array<{ number: number }>;
        }>;
      }
    ).inheritanceRows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "NOT_INHERITED",
      inheritedAsWritten: "No",
      policies: [{ number: 19 }],
    });
  });

  it("has every practice the documents attribute to Aptible, operated by Aptible", async () => {
    const controls = seedFile<{ controls: Array<{ id: string; operator: string }> }>(
      "2021-03/controls.yaml",
    ).controls;
    const aptible = controls.filter((c) => c.operator === "aptible").map((c) => c.id);
    for (const practice of [
      "backups",
      "ossec",
      "malware",
      "patching",
      "penetration",
      "encryption",
      "authentication",
      "logging",
      "hosting",
      "configuration",
    ]) {
      expect({ practice, found: aptible.some((id) => id.includes(practice)) }).toEqual({
        practice,
        found: true,
      });
    }
    for (const id of aptible) {
      const [row] = await db.read("control/find", { id, version: "2021-03" });
      expect((row?.control as { operator: { id: string } }).operator.id).toBe("aptible");
    }
  });
});
