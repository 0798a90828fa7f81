// Cypher derived from the graph's declaration (src/graph/model.ts): the constraints and indexes, and the
// seed's load statements, one pair (create, merge) per label and per relationship type. Labels, types,
// keys, property and index names come only from the declaration and are checked to be plain
// identifiers before they are written into a statement; data reaches Neo4j only through $rows.
//
// They are registered in the Cypher catalogue (src/db/cypher.ts) under the names the files they replace
// had, and run through the same path as every file statement, with the same parameter check:
//   constraints                      every CREATE CONSTRAINT / INDEX ... IF NOT EXISTS
//   seed/merge-<label>               $rows: [{ uid, props }]. Columns: uid, id (element id)
//   seed/create-<label>              the same with CREATE for MERGE, onto a graph without the seed
//   seed/link-<type>                 $rows: [{ from, to, props }], ends as element ids. Returns nothing.
//   seed/create-link-<type>          the same with CREATE for MERGE
// (<label> and <type> in kebab case: seed/merge-inheritance-row, seed/link-in-framework.)
import {
  FULL_TEXT_INDEX,
  NODE_LABELS,
  NODES,
  RELATIONSHIPS,
  SEED_LABELS,
  SEED_REL_TYPES,
  isNodeLabel,
  isRelType,
  propertySpec,
  type LabelSpec,
  type SeedLabel,
  type SeedRelType,
} from "./model.js";

/** How the loader writes: CREATE onto a graph holding none of the seed, MERGE onto any other. */
export type Writes = "create" | "merge";

export interface DerivedStatement {
  readonly name: string;
  readonly text: string;
}

const LABEL = /^[A-Z][A-Za-z0-9]*$/;
const REL_TYPE = /^[A-Z][A-Z0-9_]*$/;
const PROPERTY = /^[a-z][A-Za-z0-9]*$/;
const INDEX_NAME = /^[a-z][a-z0-9_]*$/;
/** A value written into a statement as a string literal (a property value that adds a label). */
const LITERAL = /^[A-Za-z0-9 ._-]*$/;

function checked(kind: string, pattern: RegExp, name: string): string {
  if (!pattern.test(name)) throw new Error(`The graph model's ${kind} "${name}" is not a plain identifier`);
  return name;
}

const kebab = (name: string): string =>
  name
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase();
const snake = (name: string): string => kebab(name).replace(/-/g, "_");

function seedLabel(label: string): SeedLabel {
  if (!isNodeLabel(label)) throw new Error(`"${label}" is not a node label of the graph model`);
  if (!NODES[label].seed) throw new Error(`${label} nodes are not loaded from the seed`);
  return label as SeedLabel;
}

function seedRelType(type: string): SeedRelType {
  if (!isRelType(type)) throw new Error(`"${type}" is not a relationship type of the graph model`);
  if (!RELATIONSHIPS[type].seed) throw new Error(`${type} relationships are not loaded from the seed`);
  return type as SeedRelType;
}

export const nodeStatementName = (label: SeedLabel, writes: Writes): string =>
  `seed/${writes}-${kebab(label)}`;
export const linkStatementName = (type: SeedRelType, writes: Writes): string =>
  `seed/${writes === "create" ? "create-link" : "link"}-${kebab(type)}`;

/** Writes the label's nodes by key: one per row, its properties set over any it had. */
export function nodeStatement(label: string, writes: Writes): string {
  const spec: LabelSpec = NODES[seedLabel(label)];
  const name = checked("label", LABEL, label);
  const key = checked("key", PROPERTY, spec.key);
  const lines = [
    "UNWIND $rows AS row",
    `${writes === "create" ? "CREATE" : "MERGE"} (n:${name} {${key}: row.uid})`,
    "SET n += row.props",
  ];
  if (spec.alsoLabelled) {
    const { label: also, when, equals } = spec.alsoLabelled;
    const value = checked("value", LITERAL, equals);
    lines.push(
      `FOREACH (_ IN CASE WHEN row.props.${checked("property", PROPERTY, when)} = '${value}' THEN [1] ELSE [] END | SET n:${checked("label", LABEL, also)})`,
    );
  }
  lines.push("RETURN row.uid AS uid, elementId(n) AS id");
  return lines.join("\n");
}

/** Links the type's ends, found by the element ids their node statements answered. */
export function linkStatement(type: string, writes: Writes): string {
  const { from, to } = RELATIONSHIPS[seedRelType(type)];
  return [
    "UNWIND $rows AS row",
    `MATCH (a:${checked("label", LABEL, from)}) WHERE elementId(a) = row.from`,
    `MATCH (b:${checked("label", LABEL, to)}) WHERE elementId(b) = row.to`,
    `${writes === "create" ? "CREATE" : "MERGE"} (a)-[r:${checked("relationship type", REL_TYPE, type)}]->(b)`,
    "SET r += row.props",
  ].join("\n");
}

/**
 * Every label's key constraint and indexes, then the full-text index: idempotent (IF NOT EXISTS), and
 * named as they always were, so that a database made before keeps its own and gains no duplicates.
 */
export function constraintStatements(): string[] {
  const statements: string[] = [];
  const fullText: { labels: string[]; properties: string[] } = { labels: [], properties: [] };
  for (const label of NODE_LABELS) {
    const spec: LabelSpec = NODES[label];
    const name = checked("label", LABEL, label);
    const key = checked("key", PROPERTY, spec.key);
    const indexName = (...properties: string[]): string =>
      checked("index name", INDEX_NAME, [label, ...properties].map(snake).join("_"));
    statements.push(
      `CREATE CONSTRAINT ${indexName(key)} IF NOT EXISTS FOR (n:${name}) REQUIRE n.${key} IS UNIQUE`,
    );
    const index = (indexed: string, properties: readonly string[]): string => {
      for (const p of properties) {
        if (!Object.hasOwn(spec.properties, p))
          throw new Error(`Index ${indexed}: ${label} has no property ${p}`);
      }
      const on = properties.map((p) => `n.${checked("property", PROPERTY, p)}`).join(", ");
      return `CREATE INDEX ${checked("index name", INDEX_NAME, indexed)} IF NOT EXISTS FOR (n:${name}) ON (${on})`;
    };
    for (const [property, declared] of Object.entries(spec.properties)) {
      const { index: indexed, fullText: searched } = propertySpec(declared);
      if (indexed) statements.push(index(indexName(property), [property]));
      if (searched) {
        if (!fullText.labels.includes(name)) fullText.labels.push(name);
        if (!fullText.properties.includes(property))
          fullText.properties.push(checked("property", PROPERTY, property));
      }
    }
    for (const [indexed, properties] of Object.entries(spec.indexes ?? {}))
      statements.push(index(indexed, properties));
  }
  if (fullText.labels.length > 0) {
    statements.push(
      `CREATE FULLTEXT INDEX ${checked("index name", INDEX_NAME, FULL_TEXT_INDEX)} IF NOT EXISTS ` +
        `FOR (n:${fullText.labels.join("|")}) ON EACH [${fullText.properties.map((p) => `n.${p}`).join(", ")}]`,
    );
  }
  return statements;
}

/** Every derived statement, by the name the Cypher catalogue knows it by. */
export function derivedStatements(): DerivedStatement[] {
  const statements: DerivedStatement[] = [{ name: "constraints", text: constraintStatements().join(";\n") }];
  for (const writes of ["create", "merge"] as const) {
    for (const label of SEED_LABELS)
      statements.push({ name: nodeStatementName(label, writes), text: nodeStatement(label, writes) });
    for (const type of SEED_REL_TYPES)
      statements.push({ name: linkStatementName(type, writes), text: linkStatement(type, writes) });
  }
  return statements;
}
