// The Cypher derived from the graph's declaration: its text for one label and one relationship type,
// refusal of anything the declaration does not hold, the constraint and index names databases already
// have, and its place in the Cypher catalogue beside the files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CypherCatalog } from "../../../src/db/cypher.js";
import { SEED_LABELS, SEED_REL_TYPES } from "../../../src/graph/model.js";
import {
  constraintStatements,
  linkStatement,
  linkStatementName,
  nodeStatement,
  nodeStatementName,
} from "../../../src/graph/statements.js";

describe("load statements", () => {
  it("merges a label's nodes by uid, adding the further label the declaration names", () => {
    expect(nodeStatement("Requirement", "merge")).toBe(
      [
        "UNWIND $rows AS row",
        "MERGE (n:Requirement {uid: row.uid})",
        "SET n += row.props",
        "FOREACH (_ IN CASE WHEN row.props.framework = 'HITRUST' THEN [1] ELSE [] END | SET n:HitrustControl)",
        "RETURN row.uid AS uid, elementId(n) AS id",
      ].join("\n"),
    );
    expect(nodeStatement("Topic", "create")).toBe(
      [
        "UNWIND $rows AS row",
        "CREATE (n:Topic {uid: row.uid})",
        "SET n += row.props",
        "RETURN row.uid AS uid, elementId(n) AS id",
      ].join("\n"),
    );
  });

  it("links a type's ends by element id, with the end labels the declaration gives", () => {
    expect(linkStatement("USES", "merge")).toBe(
      [
        "UNWIND $rows AS row",
        "MATCH (a:Customer) WHERE elementId(a) = row.from",
        "MATCH (b:Capability) WHERE elementId(b) = row.to",
        "MERGE (a)-[r:USES]->(b)",
        "SET r += row.props",
      ].join("\n"),
    );
    expect(linkStatement("USES", "create")).toBe(
      linkStatement("USES", "merge").replace("MERGE (a)", "CREATE (a)"),
    );
  });

  it("refuses a label or type the declaration does not hold, or does not load from the seed", () => {
    expect(() => nodeStatement("Requirement) DETACH DELETE (n", "merge")).toThrow("is not a node label");
    expect(() => nodeStatement("Verdict", "merge")).toThrow(
      '"Verdict" is not a node label of the graph model',
    );
    expect(() => nodeStatement("ApiKey", "create")).toThrow("ApiKey nodes are not loaded from the seed");
    expect(() => linkStatement("USES]->(b) DELETE b //", "merge")).toThrow("is not a relationship type");
    expect(() => linkStatement("RELATES_TO", "merge")).toThrow(
      "RELATES_TO relationships are not loaded from the seed",
    );
  });

  it("are named as the loader asks for them", () => {
    expect([nodeStatementName("InheritanceRow", "merge"), nodeStatementName("Topic", "create")]).toEqual([
      "seed/merge-inheritance-row",
      "seed/create-topic",
    ]);
    expect([linkStatementName("IN_FRAMEWORK", "merge"), linkStatementName("ABOUT", "create")]).toEqual([
      "seed/link-in-framework",
      "seed/create-link-about",
    ]);
  });
});

describe("constraints and indexes", () => {
  it("keep the names databases made before already have, so that none is made twice", () => {
    const names = constraintStatements().map(
      (s) => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS /.exec(s)?.[1],
    );
    expect(names.sort()).toEqual(
      [
        "finding_uid",
        "framework_uid",
        "requirement_uid",
        "citation_alias_uid",
        "policy_uid",
        "inheritance_row_uid",
        "party_uid",
        "capability_uid",
        "control_uid",
        "obligation_uid",
        "topic_uid",
        "statement_uid",
        "customer_uid",
        "requirement_framework",
        "requirement_sort_key",
        "policy_number",
        "control_id",
        "control_version_operator",
        "obligation_id",
        "search_text",
        "api_key_id",
        "audit_event_id",
        "attestation_uid",
        "audit_event_at",
      ].sort(),
    );
  });

  it("are written from the declaration: keys, single and composite indexes, one full-text index", () => {
    const statements = constraintStatements();
    expect(statements).toContain(
      "CREATE CONSTRAINT inheritance_row_uid IF NOT EXISTS FOR (n:InheritanceRow) REQUIRE n.uid IS UNIQUE",
    );
    expect(statements).toContain(
      "CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE",
    );
    expect(statements).toContain(
      "CREATE INDEX requirement_sort_key IF NOT EXISTS FOR (n:Requirement) ON (n.sortKey)",
    );
    expect(statements).toContain(
      "CREATE INDEX policy_number IF NOT EXISTS FOR (n:Policy) ON (n.version, n.number)",
    );
    expect(statements).toContain(
      "CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Requirement|Policy|Control|Obligation) " +
        "ON EACH [n.citation, n.title, n.name, n.description, n.action]",
    );
  });
});

describe("the Cypher catalogue", () => {
  const catalog = new CypherCatalog();

  it("holds every statement the loader runs, with its $rows parameter checked like a file's", () => {
    for (const writes of ["create", "merge"] as const) {
      for (const label of SEED_LABELS)
        expect(catalog.get(nodeStatementName(label, writes)).params).toEqual(["rows"]);
      for (const type of SEED_REL_TYPES)
        expect(catalog.get(linkStatementName(type, writes)).params).toEqual(["rows"]);
    }
    const query = catalog.get("seed/merge-topic");
    expect(() => catalog.check(query, {})).toThrow("Cypher seed/merge-topic is missing parameters: rows");
    expect(catalog.get("constraints").params).toEqual([]);
  });

  it("refuses a file for a statement the declaration derives", () => {
    const dir = mkdtempSync(join(tmpdir(), "cypher-"));
    try {
      mkdirSync(join(dir, "seed"));
      writeFileSync(
        join(dir, "seed", "merge-topic.cypher"),
        "UNWIND $rows AS row MERGE (n:Topic {uid: row.uid})\n",
      );
      expect(() => new CypherCatalog(dir)).toThrow(
        "cypher/seed/merge-topic.cypher: this statement is derived",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
