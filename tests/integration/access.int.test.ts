// Who may read and change what, through every query, mutation and export: a customer key against
// another customer's data, anonymous requests, auditors, revoked and malformed keys.
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

const OWN = "access-own-clinic";
const OTHER = "access-other-clinic";
const OTHER_NAME = "Zebrafish Secret Other Clinic";
const MISSING = "access-no-such-clinic";

let server: TestServer;
let admin: string;
let auditor: string;
let own: string;

beforeAll(async () => {
  await seedTestGraph();
  server = await startTestServer();
  admin = await server.createKey("admin");
  auditor = await server.createKey("auditor");
  for (const [id, name, capabilities] of [
    [OWN, "Own Clinic", []],
    [OTHER, OTHER_NAME, ["audit-log-access"]],
  ] as const) {
    const created = await server.graphql(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { id, name, notes: `notes of ${name}`, capabilities } },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
  }
  await server.graphql(
    `mutation { recordAttestation(input: {customer: "${OTHER}", obligation: "appoint-security-official",
       status: IMPLEMENTED, date: "2026-01-05", attestedBy: "Other officer", evidence: "OTHER-EVIDENCE-77"}) { status } }`,
    {},
    admin,
  );
  own = await server.createKey("customer", OWN);
});

afterAll(async () => {
  await server.close();
});

/** Every way to reach one customer's data through GraphQL, as [name, query]. */
const customerQueries = (id: string): Array<[string, string]> => [
  ["customer", `{ customer(id: "${id}") { id name notes capabilities { id used } } }`],
  [
    "inheritance",
    `{ inheritance(rule: "164.312(b)", customer: "${id}") { status customer obligations { id } } }`,
  ],
  [
    "responsibilityMatrix",
    `{ responsibilityMatrix(customer: "${id}") { customer customerName rows { status } } }`,
  ],
  ["gaps", `{ gaps(customer: "${id}") { customerName open { obligation { id } } } }`],
  ["attestations", `{ attestations(customer: "${id}") { obligationId evidence attestedBy } }`],
  ["updateCustomer", `mutation { updateCustomer(id: "${id}", input: {name: "Renamed"}) { id name } }`],
  [
    "recordAttestation",
    `mutation { recordAttestation(input: {customer: "${id}", obligation: "appoint-security-official",
       status: NOT_IMPLEMENTED, date: "2026-01-06", attestedBy: "Intruder"}) { status } }`,
  ],
];

const exportPaths = (id: string): string[] => [`/matrix.csv?customer=${id}`, `/matrix.md?customer=${id}`];

describe("a customer key", () => {
  it.each(customerQueries(OTHER))("cannot reach another customer through %s", async (_name, query) => {
    const { status, body } = await server.graphql(query, {}, own);
    expect(status).toBe(200);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const text = JSON.stringify(body);
    expect(text).not.toContain(OTHER_NAME);
    expect(text).not.toContain("OTHER-EVIDENCE-77");
  });

  it.each(customerQueries(MISSING))(
    "gets the same answer for a customer that does not exist (%s), so existence does not leak",
    async (_name, query) => {
      const missing = await server.graphql(query, {}, own);
      const other = await server.graphql(query.replaceAll(MISSING, OTHER), {}, own);
      expect(missing.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(missing.body.errors?.[0]?.message).toBe(other.body.errors?.[0]?.message);
    },
  );

  it.each(exportPaths(OTHER))("cannot export another customer's matrix: %s", async (path) => {
    const response = await server.get(path, own);
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("FORBIDDEN");
    expect(text).not.toContain(OTHER_NAME);
  });

  it.each(customerQueries(OWN))("reaches its own customer through %s", async (_name, query) => {
    const { body } = await server.graphql(query, {}, own);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });

  it.each(exportPaths(OWN))("exports its own matrix: %s", async (path) => {
    const response = await server.get(path, own);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("164.312(b)");
  });

  it("lists only its own customer", async () => {
    const { body } = await server.graphql<{ customers: Array<{ id: string }> }>(
      `{ customers { id } }`,
      {},
      own,
    );
    expect(body.data?.customers.map((c) => c.id)).toEqual([OWN]);
  });

  it("finds nothing of another customer through search", async () => {
    const { body } = await server.graphql(`{ search(text: "Zebrafish") { kind key title } }`, {}, own);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(OTHER);
  });

  it.each([
    ["auditEvents", `{ auditEvents { totalCount } }`],
    ["apiKeys", `{ apiKeys { id } }`],
    ["createApiKey", `mutation { createApiKey(input: {role: ADMIN}) { key } }`],
    ["createCustomer", `mutation { createCustomer(input: {id: "sneaky-clinic", name: "S"}) { id } }`],
    [
      "addControl",
      `mutation { addControl(input: {id: "sneaky-control", name: "n", description: "d", operator: "luma",
         definedIn: {policy: 4, section: "4"}, reason: "because"}) { id } }`,
    ],
    [
      "linkControl",
      `mutation { linkControl(input: {control: "luma-risk-assessment", requirement: "164.312(b)", reason: "because"}) { id } }`,
    ],
    [
      "setInheritanceStatus",
      `mutation { setInheritanceStatus(input: {requirement: "164.312(b)", status: SHARED, reason: "because"}) { status } }`,
    ],
  ])("may not use %s", async (_name, query) => {
    const { body } = await server.graphql(query, {}, own);
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(body.data ?? null).toBeNull();
  });

  it("left the other customer exactly as it was", async () => {
    const { body } = await server.graphql<{
      customer: { name: string };
      attestations: Array<{ status: string; attestedBy: string }>;
    }>(
      `{ customer(id: "${OTHER}") { name } attestations(customer: "${OTHER}") { status attestedBy } }`,
      {},
      admin,
    );
    expect(body.data?.customer.name).toBe(OTHER_NAME);
    expect(body.data?.attestations).toEqual([{ status: "IMPLEMENTED", attestedBy: "Other officer" }]);
  });
});

describe("without a key", () => {
  it("reads the public catalogue and the template matrix", async () => {
    const { body } = await server.graphql(
      `{ requirement(citation: "164.312(b)") { citation } policy(number: 4) { number }
         control(id: "aptible-ossec-ids") { id } inheritance(rule: "164.312(b)") { status }
         responsibilityMatrix { rows { status } } search(text: "audit") { key } viewer { role } }`,
    );
    expect(body.errors).toBeUndefined();
    expect((body.data as { viewer: { role: string } }).viewer.role).toBe("anonymous");
    expect((await server.get("/matrix.csv")).status).toBe(200);
  });

  it.each(customerQueries(OWN))("is asked for a key by %s", async (_name, query) => {
    const { body } = await server.graphql(query);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.data ?? null).toBeNull();
  });

  it("gets 401 for a customer export and for customers", async () => {
    expect((await server.get(`/matrix.md?customer=${OWN}`)).status).toBe(401);
    const { body } = await server.graphql(`{ customers { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("an auditor key", () => {
  it("reads every customer and the audit log", async () => {
    const { body } = await server.graphql<{
      customers: Array<{ id: string }>;
      auditEvents: { totalCount: number };
    }>(
      `{ customers { id } auditEvents { totalCount } gaps(customer: "${OTHER}") { closedCount } }`,
      {},
      auditor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.customers.map((c) => c.id)).toEqual(expect.arrayContaining([OWN, OTHER]));
    expect(body.data?.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it("changes nothing", async () => {
    const { body } = await server.graphql(
      `mutation { updateCustomer(id: "${OWN}", input: {name: "By auditor"}) { id } }`,
      {},
      auditor,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("keys that are not valid", () => {
  it.each([
    ["malformed", "Bearer not-a-key"],
    ["unknown", `Bearer cgk_0123456789abcdef_${"A".repeat(43)}`],
    ["another scheme", "Basic dXNlcjpwYXNz"],
  ])("are refused with 401 (%s), never served as anonymous", async (_name, header) => {
    for (const path of ["/graphql", "/matrix.csv"]) {
      const response = await fetch(`${server.url}${path}`, {
        method: path === "/graphql" ? "POST" : "GET",
        headers: { "content-type": "application/json", authorization: header },
        body: path === "/graphql" ? JSON.stringify({ query: "{ viewer { role } }" }) : undefined,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("a key revoked through the API stops working at once", async () => {
    const key = await server.createKey("customer", OWN);
    const id = key.split("_")[1];
    expect((await server.graphql(`{ viewer { role } }`, {}, key)).status).toBe(200);
    const revoked = await server.graphql(`mutation { revokeApiKey(id: "${id}") { revokedAt } }`, {}, admin);
    expect(revoked.body.errors).toBeUndefined();
    expect((await server.graphql(`{ viewer { role } }`, {}, key)).status).toBe(401);
  });

  it("keys are stored as hashes: the list never shows a secret", async () => {
    const { body } = await server.graphql(`{ apiKeys { id role customerId revokedAt } }`, {}, admin);
    expect(body.errors).toBeUndefined();
    const secret = own.slice("cgk_".length + 17);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(body)).not.toContain(secret);
    const [row] = await server.db.read("auth/find-key", { id: own.split("_")[1] });
    expect((row?.key as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });
});

describe("with ANONYMOUS_READ=false", () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer({ ANONYMOUS_READ: "false" });
  });
  afterAll(async () => {
    await closed.close();
  });

  it("answers 401 to requests without a key, and serves keys as before", async () => {
    expect((await closed.graphql(`{ requirement(citation: "164.312(b)") { citation } }`)).status).toBe(401);
    expect((await closed.get("/matrix.csv")).status).toBe(401);
    const { status, body } = await closed.graphql(
      `{ requirement(citation: "164.312(b)") { citation } }`,
      {},
      own,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
