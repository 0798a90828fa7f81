// Opens the database the configuration names. With NEO4J_URI unset, it uses the local embedded Neo4j:
// one already answering on the configured port (say, started by `npm start` while `npm run seed`
// runs), or one it starts itself, and then stops on close.
import { isAbsolute, join } from "node:path";
import type { Config } from "./config.js";
import { projectRoot } from "./paths.js";
import { CypherCatalog } from "./db/cypher.js";
import { Database } from "./db/database.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local-neo4j/local-neo4j.js";

export interface OpenedDatabase {
  db: Database;
  /** The local Neo4j this process started, if any. */
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenedDatabase> {
  const cypher = new CypherCatalog();
  const options = config.neo4j;
  if (config.neo4j.uri) {
    const db = new Database({ ...options, uri: config.neo4j.uri }, cypher);
    return { db, local: undefined, close: () => db.close() };
  }
  const uri = `bolt://127.0.0.1:${config.localNeo4j.boltPort}`;
  const existing = new Database({ ...options, uri, password: undefined }, cypher);
  if (await answers(existing)) {
    log(`Using the local Neo4j already running at ${uri}`);
    return { db: existing, local: undefined, close: () => existing.close() };
  }
  await existing.close();
  const dataDir = isAbsolute(config.localNeo4j.dataDir)
    ? config.localNeo4j.dataDir
    : join(projectRoot, config.localNeo4j.dataDir);
  log(`Starting the local Neo4j (data in ${dataDir})...`);
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: config.localNeo4j.boltPort,
    heapMb: config.localNeo4j.heapMb,
    log,
  });
  const db = new Database({ ...options, uri: local.uri, password: undefined }, cypher);
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}

async function answers(db: Database): Promise<boolean> {
  try {
    await db.ping(1_500);
    return true;
  } catch {
    return false;
  }
}
