// The test database: the real Neo4j started by the global setup, reset and seeded from seed/.
import { loadConfig, type Config } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { applyConstraints, loadSeedGraph, resetGraph } from "../../src/seed/loader.js";
import { readSeedGraph } from "../../src/seed/seed-graph.js";

export function testConfig(overrides: Parameters<typeof loadConfig>[1] = {}): Config {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error("TEST_NEO4J_URI is not set: run integration tests through jest's global setup");
  return loadConfig({}, { NODE_ENV: "test", LOG_LEVEL: "silent", NEO4J_URI: uri, PORT: "0", ...overrides });
}

export function testDatabase(): Database {
  const config = testConfig();
  return new Database({ ...config.neo4j, uri: config.neo4j.uri as string });
}

/** Empties the graph and loads the seed: the state every test file may assume at its start. */
export async function seedTestGraph(): Promise<void> {
  const db = testDatabase();
  try {
    await applyConstraints(db);
    await resetGraph(db);
    await loadSeedGraph(db, readSeedGraph());
  } finally {
    await db.close();
  }
}
