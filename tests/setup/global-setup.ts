// Starts one real Neo4j for the whole test run, in a fresh folder of its own (so tests never touch
// the data `npm start` uses), applies the constraints and loads the seed. Both the integration and
// the e2e projects name this file; the second call finds the server already running.
import "./resolve-ts";
import "reflect-metadata";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "../../src/local-neo4j/free-port.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { projectRoot } from "../../src/paths.js";

declare global {
  var __TEST_NEO4J__: LocalNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return;
  mkdirSync(join(projectRoot, ".neo4j-local"), { recursive: true }); // absent on a fresh clone
  const dataDir = mkdtempSync(join(projectRoot, ".neo4j-local", "test-"));
  const boltPort = await findFreePort();
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort,
    heapMb: 768,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  globalThis.__TEST_NEO4J__ = neo4j;
  process.env.TEST_NEO4J_URI = neo4j.uri;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  process.env.TEST_NEO4J_PORT = String(boltPort);
  const { seedTestGraph } = await import("../support/graph.js");
  await seedTestGraph();
}
