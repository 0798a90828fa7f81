// Writes a validated SeedGraph: batched UNWIND statements per label and per relationship type, then the
// derived HITRUST links. Loading twice changes nothing.
//
// Onto a graph that holds none of the seed (a new database, or one emptied by `npm run seed -- --reset`)
// nodes and relationships are created outright; onto anything else they are merged (MERGE by uid, then
// by ends), so a second load or a load over edits updates in place. A MERGE looks the uid up first, and
// a relationship MERGE its ends' existing relationships, so creating is the faster of the two on a
// large graph (bench/results/ has the figures). Rows are made
// distinct first (a node per uid, a relationship per pair of ends, properties combined in order, as
// successive MERGEs would leave them), so both ways write the same graph. Two loads racing onto one
// empty graph would both create: the unique constraints stop the second, which then merges. (One
// risk creating keeps and merging does not: a relationship batch whose commit went through but whose
// answer was lost with the connection is re-run by the driver and creates its relationships twice.)
//
// Each node statement answers with the element ids of its nodes; relationships then find their ends
// by element id, a direct record lookup, instead of a unique-index seek per end. An end missing from
// the graph is refused before anything is written. (Between the two phases of a batched load, a node deleted by someone else could
// have its id taken by a new node: a seed load is not meant to run beside deletions of its graph.)
//
// The seed is written in one transaction: all or nothing. A graph too big for one transaction (Neo4j
// caps a transaction's memory, 256 MiB on the local server; the benchmark's 100x graph needs more) is
// written one transaction per batch instead: memory stays bounded, and a load that fails half-way is
// completed by loading again (the graph is no longer empty: the second load merges). Batches are small
// (a MERGE's index lookups slow down as its transaction's uncommitted state grows, so large batches
// load slower than small ones) and several are written at once (the
// nodes, then the relationships, whose ends must exist): one transaction keeps one Neo4j core busy.
import { eachAtOnce } from "../concurrency.js";
import type { Database, Tx } from "../db/database.js";
import { AppError, ErrorCode } from "../errors.js";
import { RELATIONSHIPS, SEED_LABELS, SEED_REL_TYPES, type SeedLabel, type SeedRelType } from "../graph/model.js";
import { linkStatementName, nodeStatementName, type Writes } from "../graph/statements.js";
import type { Props, SeedGraph } from "./seed-graph.js";

export interface LoadReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes plus relationships written (merged), for throughput figures. */
  elements: number;
  ms: number;
  /** How the load was committed: "single" (one transaction) or "batched" (one per batch). */
  transactions: Transactions;
  /** Transactions written at once (1 for a single-transaction load). */
  writers: number;
  /** "create" onto a graph holding none of the seed, "merge" onto any other. */
  writes: Writes;
}

export type Transactions = "single" | "batched";

/** Above this many nodes and relationships a load is batched: one transaction of the seed's size is ~30 MiB. */
export const SINGLE_TRANSACTION_LIMIT = 50_000;

/** Rows per statement in a batched load. */
export const BATCH_SIZE = 2_000;
/** Transactions written at once in a batched load: on 2 cores four beat one to three (bench/results/). */
export const BATCH_WRITERS = 4;

export interface LoadOptions {
  batchSize?: number;
  /** Batched loads only: transactions written at once (default BATCH_WRITERS). */
  writers?: number;
  /** Default: "single" up to SINGLE_TRANSACTION_LIMIT elements, "batched" above. */
  transactions?: Transactions;
  /** Default: "create" when the graph holds nothing but API keys and the audit log, else "merge". */
  writes?: Writes;
  /** Per transaction; large graphs need more than a request's timeout. */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
}

/** The constraints and indexes derived from the graph's declaration (src/graph/statements.ts). */
export async function applyConstraints(db: Database): Promise<number> {
  return db.runScript("constraints");
}

export async function loadSeedGraph(db: Database, seed: SeedGraph, options: LoadOptions = {}): Promise<LoadReport> {
  const writes = options.writes ?? ((await isGraphEmptyOfSeed(db)) ? "create" : "merge");
  try {
    return await write(db, seed, { ...options, writes });
  } catch (error) {
    // Another load created the same nodes meanwhile (two loads onto one empty graph, as `npm start`
    // seeding beside `npm run seed`): the unique constraints refused ours. The graph is no longer
    // empty, and merging completes it.
    const raced = error instanceof AppError && error.code === ErrorCode.CONFLICT;
    if (writes === "create" && options.writes === undefined && raced) return write(db, seed, { ...options, writes: "merge" });
    throw error;
  }
}

async function write(db: Database, seed: SeedGraph, options: LoadOptions & { writes: Writes }): Promise<LoadReport> {
  const { writes } = options;
  const graph = distinct(seed);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const input = [...graph.nodes.values(), ...graph.rels.values()].reduce((n, rows) => n + rows.length, 0);
  const transactions = options.transactions ?? (input > SINGLE_TRANSACTION_LIMIT ? "batched" : "single");
  const writers = transactions === "single" ? 1 : Math.max(1, options.writers ?? BATCH_WRITERS);
  const report: LoadReport = { nodes: {}, relationships: {}, elements: 0, ms: 0, transactions, writers, writes };
  // The statements are derived from the graph's declaration (src/graph/statements.ts).
  const nodeQuery = (label: SeedLabel) => nodeStatementName(label, writes);
  const linkQuery = (type: SeedRelType) => linkStatementName(type, writes);

  progress(writes === "create" ? "  onto an empty graph: creating" : "  onto the graph as it is: merging");
  // The statements of the load in two phases: nodes, then relationships (by their ends' element ids).
  type Step = { query: string; rows: unknown[] };
  const nodeSteps: (Step & { label: SeedLabel })[] = [];
  for (const label of SEED_LABELS) {
    const rows = graph.nodes.get(label) ?? [];
    for (const batch of chunks(rows, batchSize)) nodeSteps.push({ query: nodeQuery(label), rows: batch, label });
    report.nodes[label] = rows.length;
  }
  for (const type of SEED_REL_TYPES) report.relationships[type] = graph.rels.get(type)?.length ?? 0;
  checkEnds(graph);
  const ids = new Map<SeedLabel, Map<string, string>>(SEED_LABELS.map((label) => [label, new Map()]));
  const nodeStep = async (tx: Tx, step: Step & { label: SeedLabel }): Promise<void> => {
    const written = ids.get(step.label) as Map<string, string>;
    for (const row of await tx.run(step.query, { rows: step.rows })) written.set(String(row.uid), String(row.id));
  };
  // Built once every node is written: the ends' element ids are known from then on. A batch retried
  // after a deadlock answers again, and its ids replace those of the attempt that was rolled back.
  const relSteps = (): Step[] => {
    const steps: Step[] = [];
    for (const type of SEED_REL_TYPES) {
      const rows = linkRows(type, graph, ids);
      for (const batch of chunks(rows, batchSize)) steps.push({ query: linkQuery(type), rows: batch });
    }
    return steps;
  };
  const runStep = (tx: Tx, step: Step) => tx.run(step.query, { rows: step.rows });
  const derive = async (tx: Tx): Promise<void> => {
    const [derived] = await tx.run("seed/derive-hitrust-relations");
    report.relationships.RELATES_TO = Number(derived?.links ?? 0);
  };

  if (transactions === "single") {
    await db.writeTransaction(async (tx) => {
      for (const step of nodeSteps) await nodeStep(tx, step);
      for (const step of relSteps()) await runStep(tx, step);
      await derive(tx);
    }, timeoutMs);
  } else {
    // Two writers may lock the same nodes in another order: Database retries a deadlocked batch.
    await eachAtOnce(nodeSteps, writers, (step) => db.writeTransaction((tx) => nodeStep(tx, step), timeoutMs));
    await eachAtOnce(relSteps(), writers, (step) => db.writeTransaction((tx) => runStep(tx, step), timeoutMs));
    await db.writeTransaction(derive, timeoutMs);
  }
  for (const [label, n] of Object.entries(report.nodes)) if (n) progress(`  ${label.padEnd(16)} ${n} nodes`);
  for (const [type, n] of Object.entries(report.relationships)) {
    if (type !== "RELATES_TO" && n) progress(`  ${type.padEnd(16)} ${n} relationships`);
  }
  progress(`  ${"RELATES_TO".padEnd(16)} ${report.relationships.RELATES_TO} derived HITRUST links`);
  report.elements =
    Object.values(report.nodes).reduce((a, b) => a + b, 0) + Object.values(report.relationships).reduce((a, b) => a + b, 0);
  report.ms = Math.round(performance.now() - started);
  return report;
}

export async function resetGraph(db: Database): Promise<void> {
  await db.runScript("seed/delete-all");
}

/** Nothing but API keys and the audit log: nothing a load could merge with. */
async function isGraphEmptyOfSeed(db: Database): Promise<boolean> {
  const [row] = await db.read("seed/graph-is-empty");
  return row?.empty === true;
}

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read("seed/count-nodes");
  return Number(row?.count ?? 0) === 0;
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const counts: GraphCounts = { labels: {}, types: {} };
  for (const row of await db.read("seed/count-labels")) {
    const target = row.kind === "label" ? counts.labels : counts.types;
    target[String(row.name)] = Number(row.count);
  }
  return counts;
}

/**
 * One row per node uid and per pair of relationship ends, properties combined in order: what MERGE
 * and `SET += props` make of repeated rows, so that creating writes the same graph as merging.
 */
function distinct(graph: SeedGraph): SeedGraph {
  const combine = <R extends { props: Props }>(rows: R[], key: (row: R) => string): R[] => {
    const byKey = new Map<string, R>();
    for (const row of rows) {
      const seen = byKey.get(key(row));
      byKey.set(key(row), seen ? { ...row, props: { ...seen.props, ...row.props } } : row);
    }
    return byKey.size === rows.length ? rows : [...byKey.values()];
  };
  return {
    ...graph,
    nodes: new Map([...graph.nodes].map(([label, rows]) => [label, combine(rows, (n) => n.uid)])),
    rels: new Map([...graph.rels].map(([type, rows]) => [type, combine(rows, (r) => `${r.from}\u0000${r.to}`)])),
  };
}

/** Refuses, before anything is written, a relationship whose end is not a node of the graph. */
function checkEnds(graph: SeedGraph): void {
  const uids = new Map<SeedLabel, Set<string>>();
  const uidsOf = (label: SeedLabel): Set<string> => {
    let set = uids.get(label);
    if (!set) uids.set(label, (set = new Set((graph.nodes.get(label) ?? []).map((n) => n.uid))));
    return set;
  };
  for (const type of SEED_REL_TYPES) {
    const { from: fromLabel, to: toLabel } = RELATIONSHIPS[type];
    for (const { from, to } of graph.rels.get(type) ?? []) {
      for (const [label, uid] of [[fromLabel, from], [toLabel, to]] as const) {
        if (!uidsOf(label).has(uid)) throw new Error(`${type} ${from} -> ${to}: the graph has no ${label} "${uid}"`);
      }
    }
  }
}

/** A relationship type's rows with their ends as the element ids the node merges answered. */
function linkRows(type: SeedRelType, graph: SeedGraph, ids: Map<SeedLabel, Map<string, string>>): unknown[] {
  const { from: fromLabel, to: toLabel } = RELATIONSHIPS[type];
  const idOf = (label: SeedLabel, uid: string): string => {
    const id = ids.get(label)?.get(uid);
    if (id === undefined) throw new Error(`${label} "${uid}" was not written`);
    return id;
  };
  return (graph.rels.get(type) ?? []).map((rel) => ({
    from: idOf(fromLabel, rel.from),
    to: idOf(toLabel, rel.to),
    props: rel.props,
  }));
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
