// Writes a validated SeedGraph in one transaction: batched UNWIND ... MERGE per label and per
// relationship type, then the derived HITRUST links. All or nothing; loading twice changes nothing.
import type { Database } from "../db/database.js";
import { NODE_LABELS, REL_BATCHES, type SeedGraph } from "./seed-graph.js";

export interface LoadReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes plus relationships written (merged), for throughput figures. */
  elements: number;
  ms: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** The whole load is one transaction; large generated graphs need more than a request's timeout. */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
}

const kebab = (name: string): string => name.replace(/([a-z])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();

export async function applyConstraints(db: Database): Promise<number> {
  return db.runScript("constraints");
}

export async function loadSeedGraph(db: Database, graph: SeedGraph, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5_000;
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const report: LoadReport = { nodes: {}, relationships: {}, elements: 0, ms: 0 };
  await db.writeTransaction(async (tx) => {
    for (const label of NODE_LABELS) {
      const rows = graph.nodes.get(label) ?? [];
      for (const batch of chunks(rows, batchSize)) await tx.run(`seed/merge-${kebab(label)}`, { rows: batch });
      report.nodes[label] = rows.length;
      if (rows.length) progress(`  ${label.padEnd(16)} ${rows.length} nodes`);
    }
    for (const type of REL_BATCHES) {
      const rows = graph.rels.get(type) ?? [];
      for (const batch of chunks(rows, batchSize)) await tx.run(`seed/link-${kebab(type)}`, { rows: batch });
      report.relationships[type] = rows.length;
      if (rows.length) progress(`  ${type.padEnd(16)} ${rows.length} relationships`);
    }
    const [derived] = await tx.run("seed/derive-hitrust-relations");
    report.relationships.RELATES_TO = Number(derived?.links ?? 0);
    progress(`  ${"RELATES_TO".padEnd(16)} ${report.relationships.RELATES_TO} derived HITRUST links`);
  }, options.timeoutMs ?? 600_000);
  report.elements =
    Object.values(report.nodes).reduce((a, b) => a + b, 0) + Object.values(report.relationships).reduce((a, b) => a + b, 0);
  report.ms = Math.round(performance.now() - started);
  return report;
}

export async function resetGraph(db: Database): Promise<void> {
  await db.runScript("seed/delete-all");
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

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
