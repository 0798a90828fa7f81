// /matrix.csv and /matrix.md over HTTP, and npm run matrix's program, against the seeded real Neo4j.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/paths.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

/** A small RFC 4180 reader: enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && body[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe("matrix exports", () => {
  let server: TestServer;
  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => server.close());

  const get = (path: string) => server.get(path);

  it("serves the template HIPAA matrix as CSV: the contract's header, one row per requirement", async () => {
    const response = await get("/matrix.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([
      "framework",
      "citation",
      "title",
      "kind",
      "status",
      "aptible",
      "luma",
      "customer",
      "risk_bearers",
      "policies",
      "obligations",
    ]);
    expect(rows).toHaveLength(1 + 65);
    for (const row of rows.slice(1)) expect(row).toHaveLength(11);
    const audit = rows.find((r) => r[1] === "164.312(b)");
    expect(audit?.[4]).toBe("CONDITIONAL");
  });

  it("applies a customer's choices, and matches the GraphQL matrix row for row", async () => {
    const rows = parseCsv(await (await get("/matrix.csv?customer=harbor-pediatrics")).text());
    const { body } = await server.graphql<{
      responsibilityMatrix: { rows: { requirement: { citation: string }; status: string }[] };
    }>(
      `{ responsibilityMatrix(customer: "harbor-pediatrics") { rows { requirement { citation } status } } }`,
    );
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual(
      body.data!.responsibilityMatrix.rows.map((r) => [r.requirement.citation, r.status]),
    );
    expect(rows.find((r) => r[1] === "164.312(b)")?.[4]).toBe("NOT_INHERITED");
  });

  it("serves Markdown with a legend and one table row per requirement", async () => {
    const response = await get("/matrix.md?customer=sunrise-family-clinic&framework=HIPAA");
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    const md = await response.text();
    expect(md).toContain("Sunrise Family Clinic");
    expect(md).toContain("**Legend.**");
    expect(md.split("\n").filter((l) => l.startsWith("| 164."))).toHaveLength(65);
  });

  it("answers bad input with a 4xx and a code, never a stack trace", async () => {
    const unknown = await get("/matrix.csv?customer=no-such-clinic");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
    const framework = await get("/matrix.md?framework=SOX");
    expect(framework.status).toBe(400);
    const twice = await get("/matrix.csv?customer=a&customer=b");
    expect(twice.status).toBe(400);
  });

  it("writes the same CSV from the command line", () => {
    const run = spawnSync(
      process.execPath,
      [
        join(projectRoot, "dist/src/modules/matrix/matrix.cli.js"),
        "--format",
        "csv",
        "--customer",
        "harbor-pediatrics",
      ],
      {
        env: { PATH: process.env.PATH, NEO4J_URI: process.env.TEST_NEO4J_URI, LOG_LEVEL: "silent" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows).toHaveLength(66);
    expect(rows.find((r) => r[1] === "164.312(b)")?.[4]).toBe("NOT_INHERITED");
    const bad = spawnSync(
      process.execPath,
      [join(projectRoot, "dist/src/modules/matrix/matrix.cli.js"), "--format", "csv", "--customer", "nope"],
      {
        env: { PATH: process.env.PATH, NEO4J_URI: process.env.TEST_NEO4J_URI },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('matrix: customer: no customer "nope"');
  });
});
