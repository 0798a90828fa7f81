// The servers under test, in a child process of their own so that the load generator (autocannon, in
// the parent) does not share their event loop: our API (createApp, as `npm start` and the tests build
// it) and the @neo4j/graphql peer, each on 127.0.0.1:<free port>, both Apollo 5 over express 5.
//
// The parent talks to it over the IPC channel: "ready" with both URLs once listening, and on request the
// Cypher round trips each side has sent so far (our Database counts them; the peer's driver is wrapped).
// It exits when the channel closes, so it never outlives the benchmark.
import "reflect-metadata";
import { createServer, type Server } from "node:http";
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";
import { createSchema } from "../src/schema.js";
import { createServices } from "../src/services.js";
import { listen } from "./listen.js";
import { startPeerServer } from "./peer.js";

export interface ServerReady {
  type: "ready";
  ours: string;
  peer: string;
}
export interface RoundTripsAnswer {
  type: "roundTrips";
  ours: number;
  peer: number;
}
/** A Cypher statement our API sent: its cypher/ file and the parameters, as the service passed them. */
export interface SentStatement {
  name: string;
  params: Record<string, unknown>;
}
export interface StatementsAnswer {
  type: "statements";
  statements: SentStatement[];
}
export type ToParent =
  ServerReady | RoundTripsAnswer | StatementsAnswer | { type: "failed"; message: string };
/** "statements" answers with the statements sent since the previous ask, and forgets them. */
export type ToChild = { type: "roundTrips" } | { type: "statements" };

/** Connection settings the parent passes in the environment (the child reads nothing else). */
export const ENV = {
  uri: "BENCH_NEO4J_URI",
  user: "BENCH_NEO4J_USER",
  password: "BENCH_NEO4J_PASSWORD",
  database: "BENCH_NEO4J_DATABASE",
} as const;

async function main(): Promise<void> {
  const send = (message: ToParent): void => void process.send?.(message);
  const uri = process.env[ENV.uri];
  if (!uri || !process.send) throw new Error("bench/server.js is started by bench/run.js, not by hand");
  const config = loadConfig(
    {},
    {
      NODE_ENV: "production",
      LOG_LEVEL: "silent",
      PORT: "0",
      NEO4J_URI: uri,
      NEO4J_USER: process.env[ENV.user],
      NEO4J_PASSWORD: process.env[ENV.password],
      NEO4J_DATABASE: process.env[ENV.database],
    },
  );
  const db = new Database({ ...config.neo4j, uri });
  // Every statement passes the catalogue's parameter check just before it is sent: recording them there
  // gives the benchmark the exact Cypher and parameters of each operation, for its raw floor.
  const sent: SentStatement[] = [];
  const check = db.cypher.check.bind(db.cypher);
  db.cypher.check = (query, params) => {
    sent.push({ name: query.name, params });
    check(query, params);
  };
  const httpServer: Server = createServer();
  const { app, apollo } = await createApp({
    config,
    db,
    schema: await createSchema(),
    services: createServices(db, { keyCacheMs: config.auth.keyCacheMs }),
    log: createLogger("silent"),
    httpServer,
    readiness: { ready: true },
  });
  httpServer.on("request", app);
  const ours = await listen(httpServer);
  const peer = await startPeerServer({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });

  process.on("message", (message: ToChild) => {
    if (message.type === "roundTrips")
      send({ type: "roundTrips", ours: db.roundTrips, peer: peer.roundTrips() });
    if (message.type === "statements") send({ type: "statements", statements: sent.splice(0) });
  });
  process.on("disconnect", () => {
    void Promise.allSettled([apollo.stop(), peer.stop()])
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
  send({ type: "ready", ours, peer: peer.url });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.send?.({ type: "failed", message } satisfies ToParent);
    process.stderr.write(`bench server: ${message}\n`);
    process.exit(1);
  });
}
