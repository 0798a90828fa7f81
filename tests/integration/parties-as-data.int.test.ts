// Parties are data: a provider added in the seed, with no code change, shows up in answers. The test
// loads a copy of seed/ with a made-up backup provider that Luma relies on beside Aptible (two
// providers at one level, as hosting and backups are in the 2021-07 set), then asks as a client would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { projectRoot } from "../../src/paths.js";
import { loadSeedGraph, resetGraph } from "../../src/seed/loader.js";
import { readSeedGraph } from "../../src/seed/seed-graph.js";
import { seedTestGraph, testDatabase } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

const VAULT_SOURCE = {
  document: "06-data_management_policy.md",
  section: "6.2 Backup Policy and Procedures",
  locator: "list item 1",
};

function seedWithMadeUpProvider(): string {
  const dir = mkdtempSync(join(tmpdir(), "seed-"));
  cpSync(join(projectRoot, "seed"), dir, { recursive: true });
  const edit = (file: string, change: (data: Record<string, unknown[]>) => void) => {
    const path = join(dir, "2021-03", file);
    const data = parse(readFileSync(path, "utf8")) as Record<string, unknown[]>;
    change(data);
    writeFileSync(path, stringify(data));
  };
  edit("parties.yaml", (data) => {
    data.parties!.push({
      id: "vaultco",
      name: "VaultCo",
      role: "SUB_PROCESSOR",
      description: "Offsite backup copies.",
      source: VAULT_SOURCE,
    });
    data.inherits!.push({
      party: "luma",
      from: "vaultco",
      agreement: "VaultCo data processing terms",
      sources: [VAULT_SOURCE],
    });
  });
  edit("controls.yaml", (data) => {
    data.controls!.push({
      id: "vaultco-offsite-copies",
      name: "Offsite backup copies",
      description: "Keeps a copy of every backup off the hosting platform.",
      operator: "vaultco",
      defined_in: { policy: 6, section: "6.2 Backup Policy and Procedures" },
      satisfies: ["164.308(a)(7)(ii)(A)"],
      sources: [VAULT_SOURCE],
    });
  });
  return dir;
}

describe("parties are data", () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = seedWithMadeUpProvider();
    const db = testDatabase();
    try {
      await resetGraph(db);
      await loadSeedGraph(db, readSeedGraph(dir));
    } finally {
      await db.close();
    }
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    await seedTestGraph();
  });

  it("names a provider added in the seed as operator, in the chain and in each party's part", async () => {
    const { body } = await server.graphql<{
      inheritance: {
        operators: Array<{ id: string }>;
        owners: Array<{ id: string }>;
        chain: Array<{
          party: { id: string };
          inheritsFrom: { id: string } | null;
          agreement: string | null;
        }>;
        responsibilities: Array<{ party: { id: string }; responsibility: string }>;
        claims: Array<{ about: string; subject: string }>;
      };
      responsibilityMatrix: {
        rows: Array<{
          requirement: { citation: string };
          responsibilities: Array<{ party: { id: string }; responsibility: string }>;
        }>;
      };
      party: { role: string; operatesFor: Array<{ citation: string }> };
    }>(`{
      inheritance(rule: "164.308(a)(7)(ii)(A)") {
        operators { id } owners { id }
        chain { party { id } inheritsFrom { id } agreement }
        responsibilities { party { id } responsibility }
        claims { about subject }
      }
      responsibilityMatrix { rows { requirement { citation } responsibilities { party { id } responsibility } } }
      party(id: "vaultco") { role operatesFor { citation } }
    }`);
    expect(body.errors).toBeUndefined();
    const answer = body.data!.inheritance;
    expect(answer.operators.map((p) => p.id)).toEqual(expect.arrayContaining(["vaultco", "aptible", "luma"]));
    expect(answer.owners.map((p) => p.id)).toEqual(["luma"]);
    expect(answer.chain.map((s) => [s.party.id, s.inheritsFrom?.id ?? null, s.agreement])).toContainEqual([
      "luma",
      "vaultco",
      "VaultCo data processing terms",
    ]);
    expect(answer.responsibilities).toContainEqual({ party: { id: "vaultco" }, responsibility: "OPERATES" });
    expect(answer.claims).toContainEqual({ about: "OPERATOR", subject: "vaultco" });
    const row = body.data!.responsibilityMatrix.rows.find(
      (r) => r.requirement.citation === "164.308(a)(7)(ii)(A)",
    );
    expect(row?.responsibilities).toContainEqual({ party: { id: "vaultco" }, responsibility: "OPERATES" });
    expect(body.data!.party).toEqual({
      role: "SUB_PROCESSOR",
      operatesFor: expect.arrayContaining([{ citation: "164.308(a)(7)(ii)(A)" }]),
    });
  });
});
