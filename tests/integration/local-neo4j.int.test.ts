// Starts its own embedded Neo4j (not the shared one from global-setup) to check the launcher's
// life cycle: start, Bolt and neo4j:// routing, stop, port closed, restart with data kept, and the
// one-line start-up failures.
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type AuthToken, type Driver } from "neo4j-driver";
import { findFreePort } from "../../src/local-neo4j/free-port.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";

// First run on a machine downloads ~120 MB of jars; later starts take seconds.
jest.setTimeout(600_000);

const logs: string[] = [];
const log = (line: string): void => {
  logs.push(line);
  if (process.env.DEBUG_NEO4J_LOCAL) process.stderr.write(`[neo4j-local] ${line}\n`);
};

function portAccepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

// The launcher disables auth. neo4j.auth.none() exists at run time but not in the typings.
const noAuth: AuthToken = { scheme: "none", principal: "", credentials: "" };

async function withDriver<T>(uri: string, use: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, noAuth, {
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: true,
  });
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

describe("local embedded Neo4j", () => {
  let dataDir: string;
  let port: number;
  let running: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "neo4j-local-test-"));
    port = await findFreePort();
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts, serves bolt:// and neo4j://, and fails fast on a second start", async () => {
    running = await startLocalNeo4j({ dataDir, boltPort: port, log });
    expect(running.uri).toBe(`bolt://127.0.0.1:${port}`);

    await withDriver(running.uri, async (driver) => {
      await driver.executeQuery(
        "CREATE (:Probe {id: $id, at: datetime()})",
        { id: "persisted" },
        { database: "neo4j" },
      );
      const { records } = await driver.executeQuery(
        "MATCH (p:Probe) RETURN p.id AS id",
        {},
        { database: "neo4j" },
      );
      expect(records.map((r) => r.get("id") as string)).toEqual(["persisted"]);
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    });

    // The routing scheme: the single instance answers ROUTE with itself as reader and writer.
    await withDriver(`neo4j://127.0.0.1:${port}`, async (driver) => {
      const read = await driver.executeQuery(
        "MATCH (p:Probe) RETURN count(p) AS n",
        {},
        {
          database: "neo4j",
          routing: neo4j.routing.READ,
        },
      );
      expect(read.records[0]?.get("n")).toBe(1);
      const write = await driver.executeQuery(
        "CREATE (:RoutedProbe) RETURN 1 AS one",
        {},
        {
          database: "neo4j",
          routing: neo4j.routing.WRITE,
        },
      );
      expect(write.records[0]?.get("one")).toBe(1);
      expect(write.summary.server.address).toBe(`127.0.0.1:${port}`);
    });

    // Same data dir while running: the store is locked.
    await expect(startLocalNeo4j({ dataDir, boltPort: await findFreePort(), log })).rejects.toThrow(
      /Neo4j failed to start .*in use by another Neo4j process/,
    );
    // Same port, another data dir.
    const otherDir = await mkdtemp(join(tmpdir(), "neo4j-local-test-other-"));
    try {
      await expect(startLocalNeo4j({ dataDir: otherDir, boltPort: port, log })).rejects.toThrow(
        /Neo4j failed to start .*port 127\.0\.0\.1:\d+ is not available/,
      );
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
    expect(await portAccepts(port)).toBe(true); // the failed starts left the first one alone
  });

  it("stops cleanly, closes the port, and stop() is idempotent", async () => {
    const db = running!;
    await Promise.all([db.stop(), db.stop()]);
    await db.stop();
    const code = await db.exited;
    // The JVM exits with 128 + SIGTERM after its shutdown hook has stopped the DBMS.
    expect(code).toBe(143);
    expect(logs.some((line) => line.startsWith("Neo4j stopped"))).toBe(true);
    expect(await portAccepts(port)).toBe(false);
    await expect(withDriver(db.uri, (driver) => driver.verifyConnectivity())).rejects.toThrow();
    running = undefined;
  });

  it("restarts on the same data dir with the data kept", async () => {
    running = await startLocalNeo4j({ dataDir, boltPort: port, log });
    const ids = await withDriver(running.uri, async (driver) => {
      const { records } = await driver.executeQuery(
        "MATCH (p:Probe) RETURN p.id AS id",
        {},
        { database: "neo4j" },
      );
      return records.map((r) => r.get("id") as string);
    });
    expect(ids).toEqual(["persisted"]);
    await running.stop();
    running = undefined;
  });
});
