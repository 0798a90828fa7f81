// Runs the real app (schema, services, express, Apollo) on 127.0.0.1:<free port> against the test Neo4j.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { createApp, type Readiness } from "../../src/http/app.js";
import { createLogger } from "../../src/logger.js";
import { createSchema } from "../../src/schema.js";
import { createServices } from "../../src/services.js";
import { testConfig } from "./graph.js";

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  /** POST /graphql and return the parsed JSON body with the HTTP status. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }>;
  close(): Promise<void>;
}

export async function startTestServer(
  overrides: Parameters<typeof testConfig>[0] = {},
  readiness: Readiness = { ready: true },
): Promise<TestServer> {
  const config = testConfig(overrides);
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri as string });
  const httpServer: Server = createServer();
  const { app, apollo } = await createApp({
    config,
    db,
    schema: await createSchema(),
    services: createServices(db),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    httpServer,
    readiness,
  });
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    db,
    config,
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
