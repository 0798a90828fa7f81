// Neo4j stopped in the middle of a stream of writes, then started again: every mutation either
// happened whole (the change and its audit event) or not at all, failures say SERVICE_UNAVAILABLE (or
// TIMEOUT), never 500, and the API serves again without a restart. Runs against a Neo4j of its own.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Database } from "../../src/db/database.js";
import { findFreePort } from "../../src/local-neo4j/free-port.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { projectRoot } from "../../src/paths.js";
import { applyConstraints, loadSeedGraph } from "../../src/seed/loader.js";
import { readSeedGraph } from "../../src/seed/seed-graph.js";
import { testConfig } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

let neo4j: LocalNeo4j;
let server: TestServer;
let dataDir: string;
let port: number;
let admin: string;

beforeAll(async () => {
  mkdirSync(join(projectRoot, ".neo4j-local"), { recursive: true });
  dataDir = mkdtempSync(join(projectRoot, ".neo4j-local", "faults-"));
  port = await findFreePort();
  neo4j = await startLocalNeo4j({ dataDir, boltPort: port, log: () => undefined });
  const config = testConfig({ NEO4J_URI: neo4j.uri });
  const db = new Database({ ...config.neo4j, uri: neo4j.uri });
  await applyConstraints(db);
  await loadSeedGraph(db, readSeedGraph());
  await db.close();
  // No key cache: every request needs Neo4j, so the outage is seen by every request.
  server = await startTestServer({ NEO4J_URI: neo4j.uri, API_KEY_CACHE_MS: "0" });
  admin = await server.createKey("admin");
}, 120_000);

afterAll(async () => {
  await server.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Outcome {
  id: string;
  httpStatus: number;
  code: string | null;
}

/** One writer: creates customers (with two capabilities, so a half-written one would show) in a loop. */
async function writer(name: string, stop: { now: boolean }, outcomes: Outcome[]): Promise<void> {
  for (let i = 0; !stop.now; i++) {
    const id = `fault-${name}-${i}`;
    try {
      const { status, body } = await server.graphql(
        `mutation { createCustomer(input: {id: "${id}", name: "Fault ${name} ${i}",
           capabilities: ["audit-log-access", "secure-message-for-phi"]}) { id } }`,
        {},
        admin,
      );
      outcomes.push({
        id,
        httpStatus: status,
        code: body.errors ? String(body.errors[0]?.extensions?.code) : null,
      });
    } catch {
      outcomes.push({ id, httpStatus: 0, code: "NETWORK" });
    }
    if (outcomes.at(-1)?.code) await new Promise((r) => setTimeout(r, 50)); // do not spin during the outage
  }
}

it("applies each write whole or not at all across a Neo4j stop and restart", async () => {
  const outcomes: Outcome[] = [];
  const stop = { now: false };
  const writers = ["a", "b", "c", "d"].map((name) => writer(name, stop, outcomes));

  // Under way: a few writes through (the first ones wait for Neo4j to plan their queries).
  for (let i = 0; i < 120 && outcomes.filter((o) => o.code === null).length < 8; i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  const beforeStop = outcomes.filter((o) => o.code === null).length;
  await neo4j.stop();
  await new Promise((r) => setTimeout(r, 1_500));
  neo4j = await startLocalNeo4j({ dataDir, boltPort: port, log: () => undefined });
  // Keep writing until writes succeed again, without restarting the API.
  const restartedAt = outcomes.length;
  for (let i = 0; i < 120 && !outcomes.slice(restartedAt).some((o) => o.code === null); i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  stop.now = true;
  await Promise.all(writers);

  const succeeded = outcomes.filter((o) => o.code === null);
  const failed = outcomes.filter((o) => o.code !== null);
  expect(beforeStop).toBeGreaterThan(0);
  expect(failed.length).toBeGreaterThan(0); // the outage was seen
  expect(succeeded.slice(-1)[0]?.id).toBeDefined();
  expect(outcomes.slice(restartedAt).some((o) => o.code === null)).toBe(true); // served again
  for (const o of failed) {
    expect(["SERVICE_UNAVAILABLE", "TIMEOUT"]).toContain(o.code);
    expect(o.httpStatus).not.toBe(500);
  }

  // The graph: every fault- customer is whole, and has exactly one audit event; and the reverse.
  const db = server.db;
  const customers = await db.read("customer/find", { id: null });
  const stored = customers
    .map(
      (r) =>
        r.customer as { id: string; startsFrom: string; capabilities: Array<{ id: string; used: boolean }> },
    )
    .filter((c) => c.id.startsWith("fault-"));
  for (const c of stored) {
    expect(c.startsFrom).toBe("customer");
    expect(c.capabilities.filter((k) => k.used).map((k) => k.id)).toEqual([
      "audit-log-access",
      "secure-message-for-phi",
    ]);
  }
  const events = await server.graphql<{ auditEvents: { edges: Array<{ node: { target: string } }> } }>(
    `{ auditEvents(first: 200, action: "customer.create") { edges { node { target } } } }`,
    {},
    admin,
  );
  const audited = (events.body.data?.auditEvents.edges ?? []).map((e) =>
    e.node.target.replace("customer:", ""),
  );
  expect(audited.sort()).toEqual(stored.map((c) => c.id).sort());
  // Every write that answered success is there (a failed answer may still have committed: that is
  // the one ambiguity a client sees, and the audit log settles it).
  const storedIds = new Set(stored.map((c) => c.id));
  for (const o of succeeded) expect(storedIds.has(o.id)).toBe(true);
}, 180_000);
