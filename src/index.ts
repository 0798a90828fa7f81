// Entry point: config -> Neo4j (local or NEO4J_URI) -> schema -> listen. SIGINT/SIGTERM drain the
// HTTP server, close the driver and stop the Neo4j this process started.
import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { openDatabase } from "./open-database.js";
import { AppError, ErrorCode, errorMessage } from "./errors.js";
import { prepareGraph } from "./graph-setup.js";
import { serveApi } from "./http/serve.js";
import { createLogger } from "./logger.js";
import type { Services } from "./services.js";

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`compliance-graph: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const say = (line: string): void => log.info(line);

  const opened = await openDatabase(config, say);
  const readiness = { ready: false };
  const api = await serveApi({ config, db: opened.db, log, readiness });
  const { services } = api;

  let stopping = false;
  const stop = async (signal: string, exitCode = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: draining requests");
    await api.stop();
    log.info("HTTP server closed; closing the database");
    await opened.close();
    log.info("stopped");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  const base = api.url;

  // The API answers (and /healthz says 503) while the graph is prepared or Neo4j is still down.
  void prepareUntilReady(opened.db, config, log).then(async (prepared) => {
    if (!prepared) return void stop("a graph that could not be prepared", 1);
    readiness.ready = true;
    await hintFirstAdminKey(services, log);
  });
  log.info(
    `compliance-graph listening on ${base}/graphql${config.graphiql ? `  GraphiQL: ${base}/graphiql` : ""}`,
  );
}

/** On a server without an admin key, says how to make the first one (keys are made on the server). */
async function hintFirstAdminKey(services: Services, log: ReturnType<typeof createLogger>) {
  try {
    if ((await services.apiKeys.countActiveAdmins()) > 0) return;
    log.info(
      "No admin API key exists yet. Create one with `npm run keys -- create --role admin` " +
        "(it is printed once), then send it as `Authorization: Bearer <key>`.",
    );
  } catch (error) {
    log.warn(`could not count admin keys: ${errorMessage(error)}`);
  }
}

/** Prepares the graph, retrying while Neo4j is unreachable; false on any other failure (logged). */
async function prepareUntilReady(
  db: Parameters<typeof prepareGraph>[0],
  config: Config,
  log: ReturnType<typeof createLogger>,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareGraph(db, { seedIfEmpty: config.seedOnStart, log: (line) => log.info(line) });
      log.info("ready: the graph is prepared");
      return true;
    } catch (error) {
      // The db boundary reports an unreachable Neo4j as SERVICE_UNAVAILABLE: retry that, stop on anything else.
      if (!(error instanceof AppError && error.code === ErrorCode.SERVICE_UNAVAILABLE)) {
        log.error({ err: error }, `could not prepare the graph: ${errorMessage(error)}`);
        return false;
      }
      if (attempt === 1) log.warn("Neo4j is not reachable yet; retrying every 2 s");
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`compliance-graph: ${errorMessage(error)}\n`);
  process.exit(1);
});
