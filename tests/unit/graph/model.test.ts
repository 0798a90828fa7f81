// The declaration covers the real seed: every label and relationship type the seed reader writes is
// declared, with every property it writes and the type of each value. The type-level checks at the
// end fail tsc (npm run typecheck), not jest.
import {
  NODES,
  RELATIONSHIPS,
  SEED_LABELS,
  SEED_REL_TYPES,
  isNodeLabel,
  isRelType,
  propertySpec,
  type LabelSpec,
  type NodeProps,
  type PropertySpec,
  type RelProps,
  type SeedLabel,
} from "../../../src/graph/model.js";
import { readSeedGraph, type Props } from "../../../src/seed/seed-graph.js";

const seed = readSeedGraph();

/** What is wrong with the props against the declared properties: undeclared names, values of another type. */
function mismatches(declared: Readonly<Record<string, PropertySpec>>, props: Props): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    const spec = declared[name];
    if (spec === undefined) {
      problems.push(`${name} is not declared`);
      continue;
    }
    const { type } = propertySpec(spec);
    const base = type.replace(/\?$/, "");
    const ok =
      value === null
        ? type.endsWith("?")
        : base.endsWith("[]")
          ? Array.isArray(value) && value.every((v) => typeof v === base.slice(0, -2))
          : typeof value === base;
    if (!ok) problems.push(`${name}: ${JSON.stringify(value)} is not ${type}`);
  }
  return problems;
}

describe("the graph model", () => {
  it("declares every label the seed writes, loaded from the seed, with the properties it writes", () => {
    expect(seed.nodes.size).toBeGreaterThan(0);
    for (const [label, rows] of seed.nodes) {
      expect([label, isNodeLabel(label) && NODES[label].seed]).toEqual([label, true]);
      const problems = new Set(rows.flatMap((row) => mismatches(NODES[label].properties, row.props)));
      expect([label, [...problems]]).toEqual([label, []]);
    }
  });

  it("declares every relationship type the seed writes, with its ends and the properties it writes", () => {
    expect(seed.rels.size).toBeGreaterThan(0);
    const labelOf = new Map<string, Set<SeedLabel>>();
    for (const [label, rows] of seed.nodes) {
      for (const { uid } of rows) labelOf.set(uid, (labelOf.get(uid) ?? new Set()).add(label));
    }
    for (const [type, rows] of seed.rels) {
      expect([type, isRelType(type) && RELATIONSHIPS[type].seed]).toEqual([type, true]);
      const { from, to, properties } = RELATIONSHIPS[type];
      const problems = new Set(rows.flatMap((row) => mismatches(properties, row.props)));
      for (const row of rows) {
        if (!labelOf.get(row.from)?.has(from)) problems.add(`${row.from} is not a ${from}`);
        if (!labelOf.get(row.to)?.has(to)) problems.add(`${row.to} is not a ${to}`);
      }
      expect([type, [...problems]]).toEqual([type, []]);
    }
  });

  it("loads what the seed holds and nothing it does not", () => {
    expect([...seed.nodes.keys()].sort()).toEqual([...SEED_LABELS].sort());
    expect([...seed.rels.keys()].sort()).toEqual([...SEED_REL_TYPES].sort());
  });

  it("names only declared properties in indexes and in a further label's condition", () => {
    for (const [label, spec] of Object.entries(NODES) as [string, LabelSpec][]) {
      const declared = Object.keys(spec.properties);
      const indexed = Object.values(spec.indexes ?? {}).flat();
      const condition = spec.alsoLabelled ? [spec.alsoLabelled.when] : [];
      expect([label, [...indexed, ...condition].filter((p) => !declared.includes(p))]).toEqual([label, []]);
      expect([label, declared.includes(spec.key)]).toEqual([label, false]);
    }
  });

  it("types what the seed reader may write (checked by tsc)", () => {
    const framework: NodeProps<"Framework"> = { id: "HIPAA", name: "HIPAA", sourceDocument: null };
    // @ts-expect-error a property the declaration does not hold
    const misspelt: NodeProps<"Framework"> = { nmae: "HIPAA" };
    // @ts-expect-error a value of another type than declared
    const mistyped: NodeProps<"Policy"> = { number: "7" };
    // @ts-expect-error a label the declaration does not hold
    const unknown: SeedLabel = "Framwork";
    // @ts-expect-error a relationship type without properties takes none
    const none: RelProps<"ABOUT"> = { section: "1" };
    expect([framework, misspelt, mistyped, unknown, none]).toHaveLength(5);
  });
});
