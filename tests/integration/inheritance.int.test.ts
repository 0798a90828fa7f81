// inheritance and responsibilityMatrix over HTTP against the seeded real Neo4j.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../src/paths.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

interface Row {
  row: number;
  requirements: string[];
  inherited_as_written: string;
  policies: number[];
}
const rows = (
  parse(readFileSync(join(projectRoot, "seed/2021-03/inheritance.yaml"), "utf8")) as { rows: Row[] }
).rows;

/** docs/domain.md, "Inheritance status": what the table's words mean, for the template. */
const DOMAIN: Record<string, { status: string; owners: string[] }> = {
  Yes: { status: "INHERITED", owners: ["luma"] },
  Partially: { status: "SHARED", owners: ["luma", "customer"] },
  No: { status: "NOT_INHERITED", owners: ["customer"] },
  "Yes (optional)": { status: "CONDITIONAL", owners: ["luma", "customer"] },
};

const ANSWER = `
  requirement { citation title framework kind }
  status basis
  condition { capabilityId used interpretation { id } }
  owners { id } riskBearers { id } operators { id }
  chain { party { id } inheritsFrom { id } agreement agreementNote controls { id operator } }
  policies { number } controls { id operator } obligations { id action }
  sources { document section version }
  explanation
`;

type Answer = {
  requirement: { citation: string; kind: string };
  status: string;
  basis: string;
  condition: { capabilityId: string; used: boolean | null; interpretation: { id: string } | null } | null;
  owners: { id: string }[];
  riskBearers: { id: string }[];
  operators: { id: string }[];
  chain: {
    party: { id: string };
    inheritsFrom: { id: string } | null;
    agreement: string | null;
    agreementNote: string | null;
    controls: { id: string; operator: string }[];
  }[];
  policies: { number: number }[];
  controls: { id: string; operator: string }[];
  obligations: { id: string }[];
  sources: { document: string }[];
  explanation: string;
};

const ids = (parties: { id: string }[]) => parties.map((p) => p.id);
/** Parties in chain order, as answers list them: the farthest provider first, the customer last. */
const CHAIN = ["aptible", "luma", "customer"];
const byChain = (a: string, b: string) => CHAIN.indexOf(a) - CHAIN.indexOf(b);

describe("inheritance", () => {
  let server: TestServer;
  const ask = async (rule: string, customer?: string) => {
    const { body } = await server.graphql<{ inheritance: Answer }>(
      `query($rule: String!, $customer: ID) { inheritance(rule: $rule, customer: $customer) { ${ANSWER} } }`,
      { rule, customer },
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.inheritance;
  };

  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => server.close());

  it("has 23 rows in the table, as the document has", () => {
    expect(rows).toHaveLength(23);
  });

  it.each(rows.map((r) => [r.row, r] as const))(
    "answers row %i as the inheritance table says",
    async (_n, row) => {
      const expected = DOMAIN[row.inherited_as_written];
      expect(expected).toBeDefined();
      for (const citation of row.requirements) {
        const answer = await ask(citation);
        expect(answer.requirement.citation).toBe(citation);
        expect(answer.basis).toBe("OWN_ROW");
        expect(answer.status).toBe(expected!.status);
        expect(ids(answer.owners)).toEqual(expected!.owners);
        expect(ids(answer.riskBearers)).toEqual(expected!.owners);
        expect(answer.policies.map((p) => p.number)).toEqual(expect.arrayContaining(row.policies));
        expect(answer.sources.some((s) => s.document === "02-hipaa_inheritance.md")).toBe(true);
        expect(answer.explanation.length).toBeGreaterThan(40);
        // Operation follows the controls, whatever the status (docs/domain.md, CONTROLS_DECIDE_OPERATORS).
        expect(ids(answer.operators)).toEqual(
          [...new Set(answer.controls.map((c) => c.operator))].sort(byChain),
        );
      }
    },
  );

  it("gives one answer for every spelling of a rule", async () => {
    const spellings = [
      "164.308(a)(4)(ii)(C)",
      "164.308a4iiC",
      "45 CFR §164.308(a)(4)(ii)(C)",
      "164.308&lpar;a&rpar;(4)(ii)(C)",
      " 164.308(a)(4)(ii)(C) - Access Modification ",
    ];
    const answers = await Promise.all(spellings.map((s) => ask(s)));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.requirement.citation).toBe("164.308(a)(4)(ii)(C)");
  });

  it("lets an implementation specification take its standard's status", async () => {
    const standard = await ask("164.308(a)(5)(i)");
    const spec = await ask("164.308(a)(5)(ii)(A)");
    expect(standard.status).toBe("NOT_INHERITED");
    expect(spec.requirement.kind).toBe("IMPLEMENTATION_SPECIFICATION");
    expect(spec.basis).toBe("STANDARD_ROW");
    expect(spec.status).toBe(standard.status);
    expect(ids(spec.owners)).toEqual(["customer"]);
  });

  it("names who runs a requirement by its controls, whatever its status (164.308(a)(5)(ii)(B): No, yet Aptible scans for malware)", async () => {
    const answer = await ask("164.308(a)(5)(ii)(B)");
    expect(answer.status).toBe("NOT_INHERITED");
    expect(ids(answer.owners)).toEqual(["customer"]);
    expect(answer.controls.map((c) => c.id)).toEqual(expect.arrayContaining(["aptible-malware-scanning"]));
    expect(ids(answer.operators)).toEqual(["aptible", "luma"]);
    expect(answer.explanation).toMatch(/Aptible operates part of 164\.308\(a\)\(5\)\(ii\)\(B\)/);
  });

  it("claims no agreement between Luma and Aptible, which no document names", async () => {
    const answer = await ask("164.308(a)(7)(ii)(A)");
    const step = answer.chain.find((s) => s.party.id === "luma" && s.inheritsFrom?.id === "aptible");
    expect(step).toMatchObject({
      agreement: null,
      agreementNote: expect.stringMatching(/No document names an agreement/),
    });
    expect(answer.explanation).not.toMatch(/BAA between Luma and Aptible/);
  });

  it("names Aptible as operator where Luma relies on it, and keeps Luma accountable", async () => {
    const answer = await ask("164.308(a)(7)(ii)(A)"); // data backup plan: Aptible runs the backups
    expect(answer.status).toBe("INHERITED");
    expect(ids(answer.operators)).toEqual(["aptible", "luma"]);
    expect(ids(answer.owners)).toEqual(["luma"]);
    expect(ids(answer.riskBearers)).toEqual(["luma"]);
    expect(answer.controls.some((c) => c.operator === "aptible" && c.id.includes("backup"))).toBe(true);
    expect(answer.chain.map((s) => [s.party.id, s.inheritsFrom?.id])).toEqual([
      ["customer", "luma"],
      ["luma", "aptible"],
    ]);
    expect(answer.chain[1]!.controls.every((c) => c.operator === "aptible")).toBe(true);
    expect(answer.explanation).toMatch(/Aptible/);
  });

  it("resolves a CONDITIONAL row by each customer's choice, and says what it depends on for the template", async () => {
    const template = await ask("164.312(b)");
    const sunrise = await ask("164.312(b)", "sunrise-family-clinic");
    const harbor = await ask("164.312(b)", "harbor-pediatrics");
    expect(template.status).toBe("CONDITIONAL");
    expect(template.condition).toMatchObject({ used: null });
    expect(template.explanation).toMatch(
      /the project reads it as Customer audit logging \(its reading, not the table's\)/,
    );
    expect(template.condition).toMatchObject({
      interpretation: { id: "optional-rows-mean-customer-audit-logging" },
    });
    expect(sunrise).toMatchObject({ status: "INHERITED", condition: { used: true } });
    expect(ids(sunrise.owners)).toEqual(["luma"]);
    expect(harbor).toMatchObject({ status: "NOT_INHERITED", condition: { used: false } });
    expect(ids(harbor.owners)).toEqual(["customer"]);
    expect(harbor.obligations.map((o) => o.id)).not.toEqual(sunrise.obligations.map((o) => o.id));
    // The table says "Yes (optional)"; "not inherited" is the project's reading of Harbor's choice, and
    // the BAA's unconditional audit-logging duty is named as a tension, not silently contradicted.
    expect(harbor.explanation).not.toMatch(/according to Luma's HIPAA inheritance table/);
    expect(harbor.explanation).toMatch(/"Yes \(optional\)"/);
    expect(harbor.explanation).toMatch(/by that reading 164\.312\(b\) is not inherited/);
    expect(harbor.explanation).toMatch(/a tension listed among the findings/);
  });

  it("answers a HITRUST control through the HIPAA rules its policies also cite, and says so", async () => {
    const answer = await ask("01.d - User Password Management");
    expect(answer.requirement).toMatchObject({ citation: "HITRUST 01.d", kind: "CONTROL" });
    expect(answer.basis).toBe("RELATED_HIPAA");
    expect(answer.explanation).toMatch(/derived/);
  });

  it("answers a standard with no row as not inherited, and lists it among the findings", async () => {
    const answer = await ask("164.314(b)(1)");
    expect(answer).toMatchObject({ status: "NOT_INHERITED", basis: "NO_ROW" });
    const { body } = await server.graphql<{ findings: { kind: string; subject: string }[] }>(
      `{ findings(kind: REQUIREMENT_WITHOUT_INHERITANCE_ROW) { kind subject } }`,
    );
    expect(body.data!.findings.map((f) => f.subject)).toContain("164.314(b)(1)");
  });

  it("rejects an unreadable or unknown rule with BAD_USER_INPUT naming the input and suggesting citations", async () => {
    const unreadable = await server.graphql(`{ inheritance(rule: "164.308(a)(") { status } }`);
    expect(unreadable.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "rule",
      input: "164.308(a)(",
    });
    expect(unreadable.body.errors?.[0]?.message).toMatch(/164\.308\(a\)\(/);
    const unknown = await server.graphql(`{ inheritance(rule: "164.312(f)") { status } }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const suggestions = unknown.body.errors?.[0]?.extensions?.suggestions as string[];
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.startsWith("164.312(")).toBe(true);
    expect(unknown.status).toBe(200);
  });

  it("answers an unknown customer with NOT_FOUND", async () => {
    const { body } = await server.graphql(
      `{ inheritance(rule: "164.312(b)", customer: "no-such-clinic") { status } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("uses one Cypher round trip per root field", async () => {
    for (const query of [
      `{ inheritance(rule: "164.312(b)", customer: "harbor-pediatrics") { ${ANSWER} } }`,
      `{ responsibilityMatrix(customer: "sunrise-family-clinic") { rows { requirement { citation } status aptible luma customer riskBearers { id } policies { number } obligations { id } } totals { status count } } }`,
    ]) {
      await server.graphql(`{ viewer { role } }`); // the key is verified (and cached) here, not below
      const before = server.db.roundTrips;
      const { body } = await server.graphql(query);
      expect(body.errors).toBeUndefined();
      expect(server.db.roundTrips - before).toBe(1);
    }
  });
});

describe("responsibilityMatrix", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => server.close());

  const MATRIX = `query($customer: ID, $framework: String) { responsibilityMatrix(customer: $customer, framework: $framework) {
    framework customer customerName totals { status count }
    rows { requirement { citation kind } status aptible luma customer riskBearers { id } policies { number } obligations { id } condition { used } } } }`;
  type Matrix = {
    framework: string;
    customerName: string | null;
    totals: { status: string; count: number }[];
    rows: {
      requirement: { citation: string; kind: string };
      status: string;
      aptible: string;
      luma: string;
      customer: string;
      riskBearers: { id: string }[];
    }[];
  };
  const matrix = async (customer?: string, framework?: string) => {
    const { body } = await server.graphql<{ responsibilityMatrix: Matrix }>(MATRIX, { customer, framework });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.responsibilityMatrix;
  };

  it("has one row per HIPAA standard and specification, in citation order, with totals", async () => {
    const m = await matrix();
    expect(m.rows).toHaveLength(65);
    expect(m.rows[0]!.requirement.citation).toBe("164.308(a)(1)(i)");
    expect(m.totals.reduce((a, t) => a + t.count, 0)).toBe(65);
    for (const t of m.totals) expect(m.rows.filter((r) => r.status === t.status)).toHaveLength(t.count);
  });

  it("gives each party's responsibility consistently with the status", async () => {
    const m = await matrix();
    for (const row of m.rows) {
      if (row.status === "INHERITED") expect([row.luma, row.customer]).toEqual(["OWNS", "INHERITS"]);
      if (row.status === "SHARED") expect([row.luma, row.customer]).toEqual(["SHARES", "SHARES"]);
      // Not inherited: the customer owns it; the providers at most operate controls for it.
      if (row.status === "NOT_INHERITED") {
        expect(row.customer).toBe("OWNS");
        expect(["NONE", "OPERATES"]).toContain(row.aptible);
        expect(["NONE", "OPERATES"]).toContain(row.luma);
      }
    }
    expect(m.rows.find((r) => r.requirement.citation === "164.308(a)(7)(ii)(A)")?.aptible).toBe("OPERATES");
  });

  it("differs between the two example customers exactly on the conditional rows", async () => {
    const [template, sunrise, harbor] = await Promise.all([
      matrix(),
      matrix("sunrise-family-clinic"),
      matrix("harbor-pediatrics"),
    ]);
    expect(sunrise.customerName).toBe("Sunrise Family Clinic");
    const conditional = template.rows
      .filter((r) => r.status === "CONDITIONAL")
      .map((r) => r.requirement.citation);
    expect(conditional.length).toBeGreaterThan(0);
    for (const citation of conditional) {
      expect(sunrise.rows.find((r) => r.requirement.citation === citation)?.status).toBe("INHERITED");
      expect(harbor.rows.find((r) => r.requirement.citation === citation)?.status).toBe("NOT_INHERITED");
    }
    expect(sunrise.totals.find((t) => t.status === "CONDITIONAL")?.count).toBe(0);
  });

  it("covers HITECH and HITRUST too, and rejects an unknown framework", async () => {
    expect((await matrix(undefined, "HITECH")).rows.length).toBeGreaterThanOrEqual(4);
    expect((await matrix(undefined, "hitrust")).framework).toBe("HITRUST");
    const { body } = await server.graphql(`{ responsibilityMatrix(framework: "SOX") { framework } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("inheritance: review regressions", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => server.close());

  const ask = async (rule: string, customer?: string) => {
    const { body } = await server.graphql<{
      inheritance: Answer & {
        related: { requirement: { citation: string }; policies: { number: number }[] }[];
      };
    }>(
      `query($rule: String!, $customer: ID) { inheritance(rule: $rule, customer: $customer) {
         ${ANSWER} related { requirement { citation } policies { number } } } }`,
      { rule, customer },
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.inheritance;
  };

  it("keeps an obligation for every requirement it lists, whatever the status of the one asked about", async () => {
    // keep-own-audit-trail serves 164.312(b) and 164.308(a)(1)(ii)(D): a customer without audit logging keeps it on both.
    for (const rule of ["164.312(b)", "164.308(a)(1)(ii)(D)"]) {
      const harbor = await ask(rule, "harbor-pediatrics");
      expect({ rule, ids: harbor.obligations.map((o) => o.id) }).toEqual({
        rule,
        ids: expect.arrayContaining(["keep-own-audit-trail"]),
      });
      const sunrise = await ask(rule, "sunrise-family-clinic");
      expect(sunrise.obligations.map((o) => o.id)).not.toContain("keep-own-audit-trail");
    }
  });

  it("answers a HITRUST control with its own policies and controls, and names the rules and policies its status comes from", async () => {
    const answer = await ask("HITRUST 01.d");
    expect(answer.policies.map((p) => p.number)).toEqual([7]);
    expect(answer.related.length).toBeGreaterThan(0);
    for (const link of answer.related) expect(link.policies.map((p) => p.number)).toEqual([7]);
  });

  it("derives no HITRUST link from a citation the documents title as another rule", async () => {
    const answer = await ask("09.aa");
    expect(answer.related.map((l) => l.requirement.citation)).not.toContain("164.308(a)(2)");
    expect(answer.related.length).toBeGreaterThan(0);
  });

  it("shows Aptible's controls in the chain wherever Aptible is named as an operator", async () => {
    const { body } = await server.graphql<{
      responsibilityMatrix: { rows: { requirement: { citation: string }; aptible: string }[] };
    }>(`{ responsibilityMatrix { rows { requirement { citation } aptible } } }`);
    const operated = body
      .data!.responsibilityMatrix.rows.filter((r) => r.aptible === "OPERATES")
      .map((r) => r.requirement.citation);
    expect(operated.length).toBeGreaterThan(0);
    for (const citation of operated) {
      const answer = await ask(citation);
      const step = answer.chain.find((s) => s.party.id === "luma" && s.inheritsFrom?.id === "aptible");
      expect({ citation, aptibleControls: (step?.controls.length ?? 0) > 0 }).toEqual({
        citation,
        aptibleControls: true,
      });
    }
  });

  it("refuses an absurdly long rule without echoing it back", async () => {
    const rule = "164.308(a)(1)".padEnd(5000, "x");
    const { body } = await server.graphql(`query($r: String!) { inheritance(rule: $r) { status } }`, {
      r: rule,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(body).length).toBeLessThan(1000);
  });
});

describe("readiness", () => {
  it("answers 503 on /healthz, /graphql and the exports until the graph is prepared", async () => {
    const readiness = { ready: false };
    const server = await startTestServer({}, readiness);
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "starting" });
      const query = await server.graphql(`{ policies { number } }`);
      expect(query.status).toBe(503);
      expect(query.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect((await fetch(`${server.url}/matrix.csv`)).status).toBe(503);
      readiness.ready = true;
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await server.graphql(`{ policies { number } }`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
