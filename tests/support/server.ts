// Runs the real app (schema, services, express, Apollo) on 127.0.0.1:<free port> against the test Neo4j.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { createApp, type Readiness } from "../../src/http/app.js";
import { createLogger } from "../../src/logger.js";
import { createSchema } from "../../src/schema.js";
import { COMMAND_LINE, type Role } from "../../src/auth/principal.js";
import { createServices, type Services } from "../../src/services.js";
import { testConfig } from "./graph.js";

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  services: Services;
  /** POST /graphql (with `key` as a Bearer token) and return the parsed JSON body with the HTTP status. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }>;
  /** GET a path with `key` as a Bearer token. */
  get(path: string, key?: string): Promise<Response>;
  /** A new API key, made the way `npm run keys -- create` makes one. */
  createKey(role: Role, customerId?: string): Promise<string>;
  close(): Promise<void>;
}

export const bearer = (key: string | undefined): Record<string, string> =>
  key === undefined ? {} : { authorization: `Bearer ${key}` };

/**
 * `as`: send a key of this role on every request that names no key of its own (suites about answers,
 * not about access); without it, requests that name no key are anonymous.
 */
export async function startTestServer(
  overrides: Parameters<typeof testConfig>[0] = {},
  readiness: Readiness = { ready: true },
  options: { as?: Role } = {},
): Promise<TestServer> {
  const config = testConfig(overrides);
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri as string });
  const httpServer: Server = createServer();
  const services = createServices(db, { keyCacheMs: config.auth.keyCacheMs });
  const { app, apollo } = await createApp({
    config,
    db,
    schema: await createSchema(),
    services,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    httpServer,
    readiness,
  });
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const createKey = async (role: Role, customerId?: string): Promise<string> => {
    const actor = { principal: COMMAND_LINE, via: "cli" as const, requestId: null };
    return (await services.apiKeys.create({ role, customerId: customerId ?? null }, actor)).key;
  };
  const defaultKey = options.as ? await createKey(options.as) : undefined;
  return {
    url,
    db,
    config,
    services,
    async graphql(query, variables, key = defaultKey) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(key) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    get: (path, key = defaultKey) => fetch(`${url}${path}`, { headers: bearer(key) }),
    createKey,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
