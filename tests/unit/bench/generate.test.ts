// The scale generator: deterministic, the real graph kept whole, about N times its size, and every
// relationship pointing at a node that exists, so the loader's MATCHes never silently drop rows.
import { COPY_SHAPE, elementCount, prng, scaledGraph } from "../../../bench/generate.js";
import { readSeedGraph, type SeedGraph } from "../../../src/seed/seed-graph.js";

const real = readSeedGraph();

const uidsOf = (graph: SeedGraph): Set<string> =>
  new Set([...graph.nodes.values()].flatMap((rows) => rows.map((r) => r.uid)));

describe("bench/generate", () => {
  it("returns the real graph unchanged at 1x", () => {
    const graph = scaledGraph(real, 1);
    expect(elementCount(graph)).toBe(elementCount(real));
    expect(JSON.stringify([...graph.nodes])).toBe(JSON.stringify([...real.nodes]));
  });

  it("is deterministic, and a smaller graph is a prefix of a bigger one", () => {
    const a = scaledGraph(real, 3);
    const b = scaledGraph(real, 3);
    expect(JSON.stringify([...a.nodes, ...a.rels])).toBe(JSON.stringify([...b.nodes, ...b.rels]));
    const big = scaledGraph(real, 5);
    for (const [label, rows] of a.nodes) expect(big.nodes.get(label)?.slice(0, rows.length)).toEqual(rows);
    for (const [type, rows] of a.rels) expect(big.rels.get(type)?.slice(0, rows.length)).toEqual(rows);
  });

  it("keeps every real node and relationship, and adds about one real graph per copy", () => {
    const graph = scaledGraph(real, 10);
    for (const [label, rows] of real.nodes)
      expect(graph.nodes.get(label)?.slice(0, rows.length)).toEqual(rows);
    const perCopy = (elementCount(graph) - elementCount(real)) / 9;
    expect(perCopy).toBeGreaterThan(elementCount(real) * 0.85);
    expect(perCopy).toBeLessThan(elementCount(real) * 1.15);
    expect(graph.nodes.get("Requirement")?.length).toBe(
      (real.nodes.get("Requirement")?.length ?? 0) + 9 * (COPY_SHAPE.standards + COPY_SHAPE.specifications),
    );
  });

  it("never reuses a uid within a label, and links only nodes that exist", () => {
    const graph = scaledGraph(real, 4);
    for (const [label, rows] of graph.nodes) {
      expect({ label, duplicates: rows.length - new Set(rows.map((r) => r.uid)).size }).toEqual({
        label,
        duplicates: 0,
      });
    }
    const uids = uidsOf(graph);
    for (const [type, rows] of graph.rels) {
      const dangling = rows.filter((r) => !uids.has(r.from) || !uids.has(r.to)).slice(0, 3);
      expect({ type, dangling }).toEqual({ type, dangling: [] });
      const pairs = new Set(rows.map((r) => `${r.from}->${r.to}`));
      expect({ type, duplicates: rows.length - pairs.size }).toEqual({ type, duplicates: 0 });
    }
  });

  it("gives synthetic data its own policy-set versions and frameworks", () => {
    const graph = scaledGraph(real, 2);
    const realPolicies = new Set(real.nodes.get("Policy")?.map((p) => p.uid));
    const added = graph.nodes.get("Policy")?.filter((p) => !realPolicies.has(p.uid)) ?? [];
    expect(added).toHaveLength(COPY_SHAPE.policies);
    expect(new Set(added.map((p) => p.props.version))).toEqual(new Set(["syn-0001"]));
    const frameworks = graph.nodes.get("Requirement")?.map((r) => r.props.framework);
    expect(new Set(frameworks)).toEqual(new Set(["HIPAA", "HITECH", "HITRUST", "SYN0001"]));
  });

  it("rejects a factor that is not a whole number of at least 1", () => {
    expect(() => scaledGraph(real, 0)).toThrow(/whole number/);
    expect(() => scaledGraph(real, 1.5)).toThrow(/whole number/);
  });

  it("draws the same numbers from the same seed", () => {
    const a = prng(42);
    const b = prng(42);
    const draws = Array.from({ length: 5 }, () => [a(), b()]);
    for (const [x, y] of draws) expect(x).toBe(y);
    expect(new Set(draws.map(([x]) => x)).size).toBe(5);
  });
});
