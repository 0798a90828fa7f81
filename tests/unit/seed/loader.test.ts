// How the loader commits: the seed in one transaction (all or nothing), a graph above the limit one
// transaction per batch (bounded memory); the same statements either way. Relationships find their
// ends by the element ids the node merges answered.
import type { Database, Params, Row, Tx } from "../../../src/db/database.js";
import { conflict } from "../../../src/errors.js";
import { loadSeedGraph, SINGLE_TRANSACTION_LIMIT } from "../../../src/seed/loader.js";
import type { NodeRow, RelRow, SeedGraph, SeedRelType } from "../../../src/seed/seed-graph.js";

/** What a merge statement answers: each row's uid with an element id ("id:<uid>" here). */
function answer(name: string, params: Params): Row[] {
  if (name === "seed/derive-hitrust-relations") return [{ links: 7 }];
  if (!/^seed\/(merge|create)-(?!link-)/.test(name)) return [];
  return (params.rows as NodeRow[]).map((row) => ({ uid: row.uid, id: `id:${row.uid}` }));
}

type Run = (name: string, params: Params) => Promise<Row[]>;
const answering: Run = (name, params) => Promise.resolve(answer(name, params));

/**
 * Records each transaction as the list of statements (name and row count) it ran; `run` answers each
 * statement, `empty` the question whether the graph holds any of the seed.
 */
function fakeDatabase(empty = false, run: Run = answering): { db: Database; transactions: string[][] } {
  const transactions: string[][] = [];
  const db = {
    read: (name: string) => Promise.resolve(name === "seed/graph-is-empty" ? [{ empty }] : []),
    async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const statements: string[] = [];
      transactions.push(statements);
      const tx: Tx = {
        run(name: string, params: Params = {}): Promise<Row[]> {
          statements.push(`${name}:${(params.rows as unknown[] | undefined)?.length ?? 0}`);
          return run(name, params);
        },
      };
      return work(tx);
    },
  } as unknown as Database;
  return { db, transactions };
}

const topics = (n: number): NodeRow[] => Array.from({ length: n }, (_, i) => ({ uid: `t${i}`, props: {} }));
const statement: NodeRow[] = [{ uid: "s", props: {} }];
const graph = (n: number): SeedGraph => ({
  nodes: new Map([
    ["Topic", topics(n)],
    ["Statement", statement],
  ]),
  rels: new Map([["ABOUT", [{ from: "s", to: "t0", props: {} }]]]),
  files: [],
});

describe("loadSeedGraph", () => {
  it("writes a seed-sized graph in one transaction, derived links included", async () => {
    const { db, transactions } = fakeDatabase();
    const report = await loadSeedGraph(db, graph(3), { batchSize: 2 });
    expect(transactions).toEqual([
      [
        "seed/merge-topic:2",
        "seed/merge-topic:1",
        "seed/merge-statement:1",
        "seed/link-about:1",
        "seed/derive-hitrust-relations:0",
      ],
    ]);
    expect(report).toMatchObject({ transactions: "single", elements: 3 + 1 + 1 + 7 });
    expect(report.relationships).toMatchObject({ ABOUT: 1, RELATES_TO: 7 });
  });

  it("commits a graph above the limit one batch at a time", async () => {
    const { db, transactions } = fakeDatabase();
    const n = SINGLE_TRANSACTION_LIMIT + 1;
    const report = await loadSeedGraph(db, graph(n), { batchSize: 30_000 });
    expect(transactions).toEqual([
      ["seed/merge-topic:30000"],
      [`seed/merge-topic:${n - 30_000}`],
      ["seed/merge-statement:1"],
      ["seed/link-about:1"],
      ["seed/derive-hitrust-relations:0"],
    ]);
    expect(report.transactions).toBe("batched");
  });

  it("writes batches several at once: never more than `writers`, relationships after every node", async () => {
    const events: string[] = [];
    let active = 0;
    let most = 0;
    const db = {
      read: () => Promise.resolve([{ empty: false }]),
      async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
        active += 1;
        most = Math.max(most, active);
        try {
          const tx: Tx = {
            async run(name: string, params: Params = {}): Promise<Row[]> {
              events.push(`start ${name}`);
              await new Promise((resolve) => setTimeout(resolve, 2));
              events.push(`end ${name}`);
              return answer(name, params);
            },
          };
          return await work(tx);
        } finally {
          active -= 1;
        }
      },
    } as unknown as Database;
    const big: SeedGraph = {
      nodes: new Map([
        ["Topic", topics(10)],
        ["Statement", statement],
      ]),
      rels: new Map([["ABOUT", Array.from({ length: 6 }, (_, i) => ({ from: "s", to: `t${i}`, props: {} }))]]),
      files: [],
    };
    const report = await loadSeedGraph(db, big, { transactions: "batched", batchSize: 2, writers: 3 });
    expect(report.writers).toBe(3);
    expect(most).toBe(3);
    expect(events.filter((e) => e === "end seed/merge-topic")).toHaveLength(5);
    expect(events.filter((e) => e === "end seed/link-about")).toHaveLength(3);
    const lastNodeEnd = events.lastIndexOf("end seed/merge-topic");
    expect(events.indexOf("start seed/link-about")).toBeGreaterThan(lastNodeEnd);
    expect(events.indexOf("start seed/derive-hitrust-relations")).toBeGreaterThan(
      events.lastIndexOf("end seed/link-about"),
    );
  });

  it("takes the caller's choice over the size rule", async () => {
    const { db, transactions } = fakeDatabase();
    await loadSeedGraph(db, graph(2), { transactions: "batched" });
    expect(transactions).toHaveLength(4);
  });

  it("links the ends by the element ids their merges answered", async () => {
    const sent: { name: string; rows: unknown }[] = [];
    const { db } = fakeDatabase(false, (name, params) => {
      sent.push({ name, rows: params.rows });
      return answering(name, params);
    });
    await loadSeedGraph(db, graph(2));
    expect(sent.find((s) => s.name === "seed/link-about")?.rows).toEqual([{ from: "id:s", to: "id:t0", props: {} }]);
  });

  it("refuses a relationship whose end is not in the graph, before writing anything", async () => {
    const { db, transactions } = fakeDatabase();
    const broken: SeedGraph = { ...graph(2), rels: new Map([["ABOUT", [{ from: "s", to: "t9", props: {} }]]]) };
    await expect(loadSeedGraph(db, broken)).rejects.toThrow('ABOUT s -> t9: the graph has no Topic "t9"');
    expect(transactions).toEqual([]);
  });

  it("creates onto a graph holding none of the seed, merges onto any other", async () => {
    const empty = fakeDatabase(true);
    const report = await loadSeedGraph(empty.db, graph(1));
    expect(report.writes).toBe("create");
    expect(empty.transactions).toEqual([
      ["seed/create-topic:1", "seed/create-statement:1", "seed/create-link-about:1", "seed/derive-hitrust-relations:0"],
    ]);
    const seeded = fakeDatabase(false);
    expect((await loadSeedGraph(seeded.db, graph(1))).writes).toBe("merge");
    expect(seeded.transactions[0]).toContain("seed/link-about:1");
  });

  it("writes one node per uid and one relationship per pair of ends, properties combined in order", async () => {
    const sent = new Map<string, unknown>();
    const { db } = fakeDatabase(true, (name, params) => {
      sent.set(name, params.rows);
      return answering(name, params);
    });
    const repeated: SeedGraph = {
      nodes: new Map([
        ["Topic", [{ uid: "t", props: { a: 1, b: 1 } }, { uid: "t", props: { b: 2 } }]],
        ["Statement", statement],
      ]),
      rels: new Map<SeedRelType, RelRow[]>([
        [
          "ABOUT",
          [
            { from: "s", to: "t", props: { x: 1 } },
            { from: "s", to: "t", props: { y: 2 } },
          ],
        ],
      ]),
      files: [],
    };
    const report = await loadSeedGraph(db, repeated);
    expect(sent.get("seed/create-topic")).toEqual([{ uid: "t", props: { a: 1, b: 2 } }]);
    expect(sent.get("seed/create-link-about")).toEqual([{ from: "id:s", to: "id:t", props: { x: 1, y: 2 } }]);
    expect(report).toMatchObject({ nodes: { Topic: 1 }, relationships: { ABOUT: 1 } });
  });

  it("merges after all when another load created the same nodes meanwhile", async () => {
    const statements: string[] = [];
    const { db } = fakeDatabase(true, (name, params) => {
      statements.push(name);
      if (name.startsWith("seed/create-")) return Promise.reject(conflict("created at the same time"));
      return answering(name, params);
    });
    const report = await loadSeedGraph(db, graph(1));
    expect(report.writes).toBe("merge");
    expect(statements).toEqual([
      "seed/create-topic",
      "seed/merge-topic",
      "seed/merge-statement",
      "seed/link-about",
      "seed/derive-hitrust-relations",
    ]);
    // A caller's explicit choice is not second-guessed.
    await expect(loadSeedGraph(db, graph(1), { writes: "create" })).rejects.toThrow("created at the same time");
  });

  it("links with the ids of the attempt that committed when a transaction is run again", async () => {
    let attempt = 0;
    let linked: unknown;
    const db = {
      read: () => Promise.resolve([{ empty: true }]),
      // As the driver does after a transient failure: the whole work once more, in a new transaction.
      async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
        const run = (prefix: string) =>
          work({
            run: (name: string, params: Params = {}) => {
              if (name.includes("-link-")) linked = params.rows;
              return Promise.resolve(
                answer(name, params).map((row) => ("id" in row ? { ...row, id: `${prefix}${String(row.id)}` } : row)),
              );
            },
          });
        const mine = (attempt += 1);
        await run("rolled-back:").catch(() => undefined);
        return run(`attempt-${mine}:`);
      },
    } as unknown as Database;
    await loadSeedGraph(db, graph(1));
    expect(linked).toEqual([{ from: "attempt-1:id:s", to: "attempt-1:id:t0", props: {} }]);
    await loadSeedGraph(db, graph(1), { transactions: "batched" });
    expect(linked).toEqual([{ from: "attempt-3:id:s", to: "attempt-2:id:t0", props: {} }]);
  });
});
