// Start-up and outage behaviour of the real entry point and app, against a real Neo4j of their own
// (stopped and restarted here, so the shared test database is never disturbed).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "../../src/local-neo4j/free-port.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { projectRoot } from "../../src/paths.js";
import { startTestServer, type TestServer } from "../support/server.js";

const entry = join(projectRoot, "dist", "src", "index.js");

describe("start-up configuration", () => {
  it.each([
    [{ NEO4J_URI: "not-a-uri" }, "NEO4J_URI"],
    [{ PORT: "99999" }, "PORT"],
  ])("stops on %j with one clear line naming %s, and no stack trace", (env, variable) => {
    const run = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH, ...env },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^compliance-graph: invalid configuration: ${variable} `));
    expect(run.stderr).not.toMatch(/\bat \S+ \(/); // no stack frames
  });
});

describe("Neo4j outage", () => {
  let neo4j: LocalNeo4j;
  let server: TestServer;
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    mkdirSync(join(projectRoot, ".neo4j-local"), { recursive: true });
    dataDir = mkdtempSync(join(projectRoot, ".neo4j-local", "outage-"));
    port = await findFreePort();
    neo4j = await startLocalNeo4j({ dataDir, boltPort: port, log: () => undefined });
    server = await startTestServer({ NEO4J_URI: neo4j.uri });
  });
  afterAll(async () => {
    await server.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = async () => {
    const response = await fetch(`${server.url}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("turns /healthz 503 when Neo4j stops and 200 when it returns, without restarting the API", async () => {
    expect((await health()).status).toBe(200);

    await neo4j.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable" });
    expect(typeof down.body.reason).toBe("string");

    const started = Date.now();
    const query = await server.graphql(`{ policies { number } }`);
    expect(query.status).toBe(200);
    expect(query.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(query.body)).not.toMatch(/MATCH|ECONNREFUSED|at \S+ \(/);
    expect(Date.now() - started).toBeLessThan(15_000); // fails fast rather than hanging

    neo4j = await startLocalNeo4j({ dataDir, boltPort: port, log: () => undefined });
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await health()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  });
});
