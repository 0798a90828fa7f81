// Runs the real app (schema, services, express, Apollo) on 127.0.0.1:<free port> against the test Neo4j.
import { COMMAND_LINE, type Role } from "../../src/auth/principal.js";
import type { Config } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import type { Readiness } from "../../src/http/app.js";
import { serveApi } from "../../src/http/serve.js";
import { createLogger } from "../../src/logger.js";
import type { Services } from "../../src/services.js";
import { seedTestGraph, testConfig } from "./graph.js";

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
  /** How many audit events there are (read through the API with an admin or auditor key). */
  auditTotal(key: string): Promise<number>;
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
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const api = await serveApi({ config: { ...config, host: "127.0.0.1", port: 0 }, db, log, readiness });
  const { url, services } = api;
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
    async auditTotal(key) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(key) },
        body: JSON.stringify({ query: "{ auditEvents(first: 1) { totalCount } }" }),
      });
      const body = (await response.json()) as { data?: { auditEvents: { totalCount: number } } };
      if (!body.data) throw new Error(`could not read the audit log: ${JSON.stringify(body)}`);
      return body.data.auditEvents.totalCount;
    },
    async close() {
      await api.stop();
      await db.close();
    },
  };
}

/** The data of a GraphQL answer, or a thrown error carrying its errors. */
export async function dataOf<T>(
  server: TestServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await server.graphql<T>(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/**
 * For a suite that needs the seeded graph, a server and an admin key: registers beforeAll/afterAll and
 * returns an object whose fields are set once beforeAll has run.
 */
export function useSeededServer(): { server: TestServer; admin: string } {
  const suite = {} as { server: TestServer; admin: string };
  beforeAll(async () => {
    await seedTestGraph();
    suite.server = await startTestServer();
    suite.admin = await suite.server.createKey("admin");
  });
  afterAll(async () => {
    await suite.server.close();
  });
  return suite;
}
