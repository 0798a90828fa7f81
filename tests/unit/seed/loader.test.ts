// How the loader commits: the seed in one transaction (all or nothing), a graph above the limit one
// transaction per batch (bounded memory); the same statements either way.
import type { Database, Params, Row, Tx } from "../../../src/db/database.js";
import { loadSeedGraph, SINGLE_TRANSACTION_LIMIT } from "../../../src/seed/loader.js";
import type { NodeRow, SeedGraph } from "../../../src/seed/seed-graph.js";

/** Records each transaction as the list of statements (name and row count) it ran. */
function fakeDatabase(): { db: Database; transactions: string[][] } {
  const transactions: string[][] = [];
  const db = {
    async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const statements: string[] = [];
      transactions.push(statements);
      const tx: Tx = {
        run(name: string, params: Params = {}): Promise<Row[]> {
          statements.push(`${name}:${(params.rows as unknown[] | undefined)?.length ?? 0}`);
          return Promise.resolve(name === "seed/derive-hitrust-relations" ? [{ links: 7 }] : []);
        },
      };
      return work(tx);
    },
  } as unknown as Database;
  return { db, transactions };
}

const topics = (n: number): NodeRow[] => Array.from({ length: n }, (_, i) => ({ uid: `t${i}`, props: {} }));
const graph = (n: number): SeedGraph => ({
  nodes: new Map([["Topic", topics(n)]]),
  rels: new Map([["ABOUT", [{ from: "s", to: "t0", props: {} }]]]),
  files: [],
});

describe("loadSeedGraph", () => {
  it("writes a seed-sized graph in one transaction, derived links included", async () => {
    const { db, transactions } = fakeDatabase();
    const report = await loadSeedGraph(db, graph(3), { batchSize: 2 });
    expect(transactions).toEqual([
      ["seed/merge-topic:2", "seed/merge-topic:1", "seed/link-about:1", "seed/derive-hitrust-relations:0"],
    ]);
    expect(report).toMatchObject({ transactions: "single", elements: 3 + 1 + 7 });
    expect(report.relationships).toMatchObject({ ABOUT: 1, RELATES_TO: 7 });
  });

  it("commits a graph above the limit one batch at a time", async () => {
    const { db, transactions } = fakeDatabase();
    const n = SINGLE_TRANSACTION_LIMIT + 1;
    const report = await loadSeedGraph(db, graph(n), { batchSize: 30_000 });
    expect(transactions).toEqual([
      ["seed/merge-topic:30000"],
      [`seed/merge-topic:${n - 30_000}`],
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
      async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
        active += 1;
        most = Math.max(most, active);
        try {
          const tx: Tx = {
            async run(name: string): Promise<Row[]> {
              events.push(`start ${name}`);
              await new Promise((resolve) => setTimeout(resolve, 2));
              events.push(`end ${name}`);
              return name === "seed/derive-hitrust-relations" ? [{ links: 0 }] : [];
            },
          };
          return await work(tx);
        } finally {
          active -= 1;
        }
      },
    } as unknown as Database;
    const big: SeedGraph = {
      nodes: new Map([["Topic", topics(10)]]),
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
    expect(transactions).toHaveLength(3);
  });
});
