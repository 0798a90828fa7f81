// Brings the graph to a usable state: constraints and indexes (idempotent), then the seed when the
// graph is empty. Shared by `npm start`, `npm run seed` and the tests.
import type { Database } from "./db/database.js";
import { applyConstraints, isGraphEmpty, loadSeedGraph, type LoadReport } from "./seed/loader.js";
import { readSeedGraph } from "./seed/seed-graph.js";

export async function prepareGraph(
  db: Database,
  options: { seedIfEmpty: boolean; log: (line: string) => void },
): Promise<LoadReport | undefined> {
  await applyConstraints(db);
  if (!options.seedIfEmpty || !(await isGraphEmpty(db))) return undefined;
  options.log("The graph is empty: loading the seed data...");
  const report = await loadSeedGraph(db, readSeedGraph());
  options.log(`Seed loaded: ${report.elements} nodes and relationships in ${report.ms} ms`);
  return report;
}
