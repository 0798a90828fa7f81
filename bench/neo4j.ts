// The Neo4j the benchmark measures: the server NEO4J_URI names, or (unset) a local embedded Neo4j of its
// own, in a fresh folder (.neo4j-local/bench) on a free port, so that it never touches the data
// `npm start` or the tests use and always starts from the same empty store.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../src/config.js";
import { findFreePort } from "../src/local-neo4j/free-port.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/local-neo4j/local-neo4j.js";
import { projectRoot } from "../src/paths.js";

export interface BenchNeo4j {
  uri: string;
  user: string;
  /** undefined: the local server, which has authentication off. */
  password: string | undefined;
  database: string;
  /** "local embedded 5.26 (heap 1024 MB)" or "NEO4J_URI", for the report. */
  description: string;
  stop(): Promise<void>;
}

export const BENCH_DATA_DIR = join(projectRoot, ".neo4j-local", "bench");

/**
 * The 100x load and the matrix reads hold more in memory than `npm start` needs: a larger heap than
 * the default 512 MB keeps garbage collection out of the figures. NEO4J_LOCAL_HEAP_MB still wins.
 */
const DEFAULT_BENCH_HEAP_MB = 1024;

export async function openBenchNeo4j(config: Config, log: (line: string) => void): Promise<BenchNeo4j> {
  const { neo4j } = config;
  if (neo4j.uri) {
    return {
      uri: neo4j.uri,
      user: neo4j.user,
      password: neo4j.password,
      database: neo4j.database,
      description: `NEO4J_URI (${neo4j.uri})`,
      stop: () => Promise.resolve(),
    };
  }
  await rm(BENCH_DATA_DIR, { recursive: true, force: true });
  const heapMb = process.env.NEO4J_LOCAL_HEAP_MB ? config.localNeo4j.heapMb : DEFAULT_BENCH_HEAP_MB;
  const local: LocalNeo4j = await startLocalNeo4j({
    dataDir: BENCH_DATA_DIR,
    boltPort: await findFreePort(),
    heapMb,
    pagecacheMb: 256,
    // Measured as a long-running server runs: with the optimizing compiler (npm start favours start-up).
    jit: "peak",
    log,
  });
  return {
    uri: local.uri,
    user: neo4j.user,
    password: undefined,
    database: neo4j.database,
    description: `local embedded Neo4j 5.26 (heap ${heapMb} MB, page cache 256 MB, JIT C1+C2)`,
    async stop() {
      await local.stop();
      await rm(BENCH_DATA_DIR, { recursive: true, force: true });
    },
  };
}
