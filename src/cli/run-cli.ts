// The one start-up of the command-line tools (npm run seed, keys, matrix, load): the configuration,
// then the Neo4j it names (NEO4J_URI, or the local one, started if none answers), then the tool's work,
// then the database and any local Neo4j started for it closed, however the work ended. Any failure
// ends the process the same way: one line "<tool>: <message>" on stderr and exit code 1, never a
// stack trace.
import { loadConfig, type Config } from "../config.js";
import type { Database } from "../db/database.js";
import { errorMessage } from "../errors.js";
import { openDatabase } from "../open-database.js";

export type Say = (line: string) => void;

/** Progress for tools whose standard output is their result alone (a key, a file). */
export const sayOnStderr: Say = (line) => void process.stderr.write(`${line}\n`);

export interface DatabaseStart {
  /** Where progress goes (starting Neo4j, say). */
  say: Say;
  /** Given when the tool loaded it already or overrides some of it; loadConfig() otherwise. */
  config?: Config;
}

/** Runs `work` against the configured database, then closes it (and the local Neo4j it started). */
export async function withDatabase<T>(
  start: DatabaseStart,
  work: (db: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = start.config ?? loadConfig();
  const opened = await openDatabase(config, start.say);
  try {
    return await work(opened.db, config);
  } finally {
    await opened.close();
  }
}

/** Runs a tool's main function; a failure ends the process with "<tool>: <message>" and exit code 1. */
export function runCli(tool: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${tool}: ${errorMessage(error)}\n`);
    process.exit(1);
  });
}
