// The API on a listening HTTP server: schema, services, app. Shared by `npm start`, the tests, the
// load test and the benchmark, so they all run exactly the server users get.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../logger.js";
import { createSchema } from "../schema.js";
import { createServices, type Services } from "../services.js";
import { createApp, type Readiness } from "./app.js";

export interface RunningApi {
  /** http://host:port, without a trailing slash. */
  url: string;
  port: number;
  httpServer: Server;
  services: Services;
  /** Drains in-flight requests, then closes the HTTP server (not the database). */
  stop(): Promise<void>;
}

export async function serveApi(parts: {
  config: Config;
  db: Database;
  log: Logger;
  readiness?: Readiness;
}): Promise<RunningApi> {
  const { config, db, log } = parts;
  const httpServer = createServer();
  const services = createServices(db, { keyCacheMs: config.auth.keyCacheMs });
  const { app, apollo } = await createApp({
    config,
    db,
    schema: await createSchema(),
    services,
    log,
    httpServer,
    readiness: parts.readiness,
  });
  httpServer.on("request", app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    httpServer,
    services,
    stop: () => apollo.stop(), // the drain plugin closes the HTTP server once requests end
  };
}
