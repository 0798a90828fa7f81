// `npm run keys` as an operator uses it: create prints the key once (stdout, nothing else there), list
// never prints a secret, revoke takes effect; against the same Neo4j as the API.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/paths.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

const cli = join(projectRoot, "dist", "src", "auth", "keys.cli.js");
let server: TestServer;

function keys(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH, NEO4J_URI: process.env.TEST_NEO4J_URI, LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  await seedTestGraph();
  server = await startTestServer({ API_KEY_CACHE_MS: "0" });
});

afterAll(async () => {
  await server.close();
});

it("creates a customer key that reads its customer, lists it without its secret, and revokes it", async () => {
  const created = keys(
    "create",
    "--role",
    "customer",
    "--customer",
    "harbor-pediatrics",
    "--label",
    "cli test",
  );
  expect(created.status).toBe(0);
  expect(created.stdout).toMatch(/^cgk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n$/);
  expect(created.stderr).toContain("only time the key is shown");
  const key = created.stdout.trim();
  const id = key.split("_")[1] as string;

  const read = await server.graphql(
    `{ viewer { role customerId } customer(id: "harbor-pediatrics") { id } }`,
    {},
    key,
  );
  expect(read.body).toEqual({
    data: {
      viewer: { role: "customer", customerId: "harbor-pediatrics" },
      customer: { id: "harbor-pediatrics" },
    },
  });

  const listed = keys("list");
  expect(listed.status).toBe(0);
  expect(listed.stdout).toMatch(new RegExp(`${id}\\s+customer\\s+harbor-pediatrics\\s+active`));
  expect(listed.stdout).not.toContain(key.slice(21));

  expect(keys("revoke", id).status).toBe(0);
  expect((await server.graphql(`{ viewer { role } }`, {}, key)).status).toBe(401);
  expect(keys("list").stdout).toMatch(new RegExp(`${id}\\s+customer\\s+harbor-pediatrics\\s+revoked`));
});

it("refuses a customer key without a customer, and an unknown customer, with one line and exit 1", () => {
  for (const args of [
    ["create", "--role", "customer"],
    ["create", "--role", "customer", "--customer", "no-such-clinic"],
    ["revoke", "0000000000000000"],
  ]) {
    const run = keys(...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n").at(-1)).toMatch(/^keys: /);
    expect(run.stderr).not.toMatch(/\bat \S+ \(/);
  }
});
