// Conversions at the Neo4j boundary: the fast paths for plain values must not change any answer.
import neo4j from "neo4j-driver";
import { toNative, toParams } from "../../../src/db/values.js";

describe("toNative", () => {
  it("passes strings, numbers, booleans through and turns undefined into null", () => {
    expect(toNative("a")).toBe("a");
    expect(toNative(1.5)).toBe(1.5);
    expect(toNative(false)).toBe(false);
    expect(toNative(undefined)).toBeNull();
    expect(toNative(null)).toBeNull();
  });

  it("turns Integers into numbers, or strings beyond the safe range", () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });

  it("converts nested maps and lists", () => {
    const value = { a: [neo4j.int(1), { b: neo4j.int(2), c: ["x", null] }], d: {} };
    expect(toNative(value)).toEqual({ a: [1, { b: 2, c: ["x", null] }], d: {} });
  });

  it("turns nodes and relationships into their properties", () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ["Policy"],
      { number: neo4j.int(15), title: "T" },
      "4:x:1",
    );
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), "ADDRESSES", {
      n: neo4j.int(1),
    });
    expect(toNative({ node, rel })).toEqual({ node: { number: 15, title: "T" }, rel: { n: 1 } });
  });

  it("turns temporal values into ISO strings", () => {
    const date = new neo4j.types.Date(2021, 3, 1);
    const dateTime = new neo4j.types.DateTime(2021, 3, 1, 12, 0, 0, 0, 0);
    expect(toNative([date, dateTime])).toEqual(["2021-03-01", "2021-03-01T12:00:00Z"]);
  });
});

describe("toParams", () => {
  it("sends whole numbers as Integers, other values as they are", () => {
    const params = toParams({ limit: 10, ratio: 0.5, rows: [{ n: 3, s: "x" }] }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(neo4j.isInt((params.rows as Array<{ n: unknown }>)[0]?.n)).toBe(true);
  });
});
