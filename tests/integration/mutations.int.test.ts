// Every mutation: its effect on the answers, its audit event (who, what, before, after), and that a
// refused or failed mutation leaves neither a change nor an event behind.
import { CypherCatalog } from "../../src/db/cypher.js";
import { Database } from "../../src/db/database.js";
import { join } from "node:path";
import { testConfig } from "../support/graph.js";
import { useSeededServer, type TestServer } from "../support/server.js";

let clinic: string;
const CLINIC = "mutation-test-clinic";
const suite = useSeededServer();

type Body = Awaited<ReturnType<TestServer["graphql"]>>["body"];

const auditCount = () => suite.server.auditTotal(suite.admin);

async function latestEvent(): Promise<Record<string, unknown>> {
  const { body } = await suite.server.graphql<{
    auditEvents: { edges: Array<{ node: Record<string, unknown> }> };
  }>(
    `{ auditEvents(first: 1) { edges { node { action target customerId reason before after requestId
        actor { role keyId customerId via } } } } }`,
    {},
    suite.admin,
  );
  return body.data?.auditEvents.edges[0]?.node ?? {};
}

/** Runs a mutation that must fail with `code`, and checks that it appended no audit event. */
async function refused(query: string, code: string, key = suite.admin): Promise<Body> {
  const before = await auditCount();
  const { status, body } = await suite.server.graphql(query, {}, key);
  expect(status).toBe(200);
  expect(body.errors?.[0]?.extensions?.code).toBe(code);
  expect(await auditCount()).toBe(before);
  return body;
}

describe("customers", () => {
  it("createCustomer adds the customer and one audit event naming the key", async () => {
    const before = await auditCount();
    const { body } = await suite.server.graphql(
      `mutation { createCustomer(input: {id: "${CLINIC}", name: "Mutation Clinic", capabilities: ["secure-message-for-phi"]})
         { id name startsFrom capabilities { id used } } }`,
      {},
      suite.admin,
    );
    expect(body.errors).toBeUndefined();
    expect(await auditCount()).toBe(before + 1);
    const event = await latestEvent();
    expect(event).toMatchObject({
      action: "customer.create",
      target: `customer:${CLINIC}`,
      customerId: CLINIC,
      before: null,
      actor: { role: "admin", keyId: suite.admin.split("_")[1], via: "api" },
    });
    expect((event.after as { name: string }).name).toBe("Mutation Clinic");
    expect(typeof event.requestId).toBe("string");
    clinic = await suite.server.createKey("customer", CLINIC);
  });

  it("refuses a second customer with the same id (CONFLICT), a party id, and unknown capabilities", async () => {
    await refused(`mutation { createCustomer(input: {id: "${CLINIC}", name: "Again"}) { id } }`, "CONFLICT");
    await refused(`mutation { createCustomer(input: {id: "luma", name: "L"}) { id } }`, "BAD_USER_INPUT");
    const body = await refused(
      `mutation { createCustomer(input: {id: "half-written-clinic", name: "H", capabilities: ["teleportation"]}) { id } }`,
      "BAD_USER_INPUT",
    );
    expect(body.errors?.[0]?.message).toContain("audit-log-access");
    const { body: after } = await suite.server.graphql(`{ customers { id } }`, {}, suite.admin);
    expect(JSON.stringify(after)).not.toContain("half-written-clinic");
  });

  it("updateCustomer by the customer's own key changes its choices, and its answers follow", async () => {
    const rule = `{ inheritance(rule: "164.312(b)", customer: "${CLINIC}") { status } }`;
    expect((await suite.server.graphql(rule, {}, clinic)).body.data).toEqual({
      inheritance: { status: "NOT_INHERITED" },
    });
    const { body } = await suite.server.graphql(
      `mutation { updateCustomer(id: "${CLINIC}", input: {capabilities: ["audit-log-access"], notes: "uses audit logs"})
         { notes capabilities { id used } } }`,
      {},
      clinic,
    );
    expect(body.errors).toBeUndefined();
    expect((await suite.server.graphql(rule, {}, clinic)).body.data).toEqual({
      inheritance: { status: "INHERITED" },
    });
    const event = await latestEvent();
    expect(event).toMatchObject({
      action: "customer.update",
      actor: { role: "customer", customerId: CLINIC },
    });
    const used = (c: unknown) =>
      (c as { capabilities: Array<{ id: string; used: boolean }> }).capabilities
        .filter((k) => k.used)
        .map((k) => k.id);
    expect(used(event.before)).toEqual(["secure-message-for-phi"]);
    expect(used(event.after)).toEqual(["audit-log-access"]);
  });

  it("updateCustomer of an unknown customer is NOT_FOUND for an admin", async () => {
    await refused(
      `mutation { updateCustomer(id: "no-such-clinic", input: {name: "X"}) { id } }`,
      "NOT_FOUND",
    );
  });
});

describe("concurrent writers", () => {
  it("change the same capabilities of different customers at once without errors or lost events", async () => {
    const ids = ["busy-clinic-1", "busy-clinic-2", "busy-clinic-3"];
    for (const id of ids) {
      const { body } = await suite.server.graphql(
        `mutation { createCustomer(input: {id: "${id}", name: "${id}"}) { id } }`,
        {},
        suite.admin,
      );
      expect(body.errors).toBeUndefined();
    }
    const before = await auditCount();
    const sets = [
      [],
      ["audit-log-access"],
      ["audit-log-access", "secure-message-for-phi"],
      ["secure-message-for-phi"],
    ];
    const updates = ids.flatMap((id) =>
      Array.from({ length: 12 }, (_, i) =>
        suite.server.graphql(
          `mutation($id: ID!, $caps: [ID!]) { updateCustomer(id: $id, input: {capabilities: $caps}) { id } }`,
          { id, caps: sets[i % sets.length] },
          suite.admin,
        ),
      ),
    );
    const results = await Promise.all(updates);
    expect(results.map((r) => r.body.errors?.[0]?.extensions?.code ?? "ok")).toEqual(results.map(() => "ok"));
    expect(await auditCount()).toBe(before + updates.length);
  });
});

describe("attestations and gaps", () => {
  const gaps = async () =>
    (
      await suite.server.graphql<{
        gaps: { obligationCount: number; closedCount: number; open: Array<{ obligation: { id: string } }> };
      }>(
        `{ gaps(customer: "${CLINIC}") { obligationCount closedCount open { obligation { id } } openRequirements { citation } } }`,
        {},
        clinic,
      )
    ).body.data?.gaps;

  const attest = (obligation: string, status: string, date = "2026-03-01") =>
    suite.server.graphql(
      `mutation { recordAttestation(input: {customer: "${CLINIC}", obligation: "${obligation}", status: ${status},
         date: "${date}", attestedBy: "Practice manager", evidence: "binder 3"}) { obligationId status date } }`,
      {},
      clinic,
    );

  it("an IMPLEMENTED attestation closes an obligation; PARTIALLY_IMPLEMENTED leaves it open", async () => {
    const start = await gaps();
    expect(start?.closedCount).toBe(0);
    const ids = start?.open.map((o) => o.obligation.id) ?? [];
    expect(ids).toContain("train-workforce-security-awareness");

    expect(
      (await attest("train-workforce-security-awareness", "PARTIALLY_IMPLEMENTED")).body.errors,
    ).toBeUndefined();
    expect((await gaps())?.closedCount).toBe(0);
    expect((await attest("train-workforce-security-awareness", "IMPLEMENTED")).body.errors).toBeUndefined();
    const after = await gaps();
    expect(after?.closedCount).toBe(1);
    expect(after?.obligationCount).toBe(start?.obligationCount);
    expect(after?.open.map((o) => o.obligation.id)).not.toContain("train-workforce-security-awareness");

    const event = await latestEvent();
    expect(event).toMatchObject({ action: "attestation.record", customerId: CLINIC });
    expect(event.before).toMatchObject({ status: "PARTIALLY_IMPLEMENTED" });
    expect(event.after).toMatchObject({
      status: "IMPLEMENTED",
      attestedBy: "Practice manager",
      evidence: "binder 3",
    });
  });

  it.each([
    ["a date that is not in the calendar", "2026-02-30"],
    ["a date in the future", "2999-01-01"],
    ["a date before HIPAA", "1990-01-01"],
    ["a date in another format", "03/01/2026"],
  ])("refuses %s", async (_what, date) => {
    await refused(
      `mutation { recordAttestation(input: {customer: "${CLINIC}", obligation: "send-security-reminders",
         status: IMPLEMENTED, date: "${date}", attestedBy: "X"}) { status } }`,
      "BAD_USER_INPUT",
      clinic,
    );
  });

  it("refuses an unknown obligation with NOT_FOUND", async () => {
    await refused(
      `mutation { recordAttestation(input: {customer: "${CLINIC}", obligation: "fly-to-the-moon",
         status: IMPLEMENTED, date: "2026-01-01", attestedBy: "X"}) { status } }`,
      "NOT_FOUND",
      clinic,
    );
  });
});

describe("edits of the graph (admin)", () => {
  it("addControl adds a control that the inheritance answer then lists", async () => {
    const { body } = await suite.server.graphql(
      `mutation { addControl(input: {id: "luma-test-log-review", name: "Weekly log review", description: "Reviews logs",
         operator: "luma", definedIn: {policy: 4, section: "4.2"}, satisfies: ["§164.312(b)"], reliesOn: ["aptible-ossec-ids"],
         source: {document: "04-risk_management_policy.md", section: "4.2"}, reason: "Added after the 2026 review"})
         { id operator { id } satisfies { citation } reliesOn { id } sources { document section } } }`,
      {},
      suite.admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.addControl).toMatchObject({
      operator: { id: "luma" },
      satisfies: [{ citation: "164.312(b)" }],
      reliesOn: [{ id: "aptible-ossec-ids" }],
      sources: [{ document: "04-risk_management_policy.md", section: "4.2" }],
    });
    const answer = await suite.server.graphql(`{ inheritance(rule: "164.312(b)") { controls { id } } }`);
    expect(JSON.stringify(answer.body)).toContain("luma-test-log-review");
    expect(await latestEvent()).toMatchObject({
      action: "control.add",
      reason: "Added after the 2026 review",
    });
  });

  it("addControl with one unknown requirement writes nothing", async () => {
    await refused(
      `mutation { addControl(input: {id: "luma-never-added", name: "n", description: "d", operator: "luma",
         definedIn: {policy: 4, section: "4"}, satisfies: ["164.312(b)", "164.312(f)"], reason: "because"}) { id } }`,
      "NOT_FOUND",
    );
    await refused(`{ control(id: "luma-never-added") { id } }`, "NOT_FOUND");
  });

  it("addControl refuses an existing id, an unknown policy and an empty reason", async () => {
    const control = (id: string, policy: number, reason: string) =>
      `mutation { addControl(input: {id: "${id}", name: "n", description: "d", operator: "luma",
         definedIn: {policy: ${policy}, section: "4"}, reason: "${reason}"}) { id } }`;
    await refused(control("luma-test-log-review", 4, "because"), "CONFLICT");
    await refused(control("luma-other", 98, "because"), "NOT_FOUND");
    await refused(control("luma-other", 4, ""), "BAD_USER_INPUT");
  });

  it("linkControl links once; linking again records that it was linked already", async () => {
    const link = `mutation { linkControl(input: {control: "luma-test-log-review", requirement: "164.312(c)(1)", reason: "Also integrity"})
      { satisfies { citation } } }`;
    const first = await suite.server.graphql(link, {}, suite.admin);
    expect(JSON.stringify(first.body.data)).toContain("164.312(c)(1)");
    expect((await latestEvent()).before).toMatchObject({ linked: false });
    await suite.server.graphql(link, {}, suite.admin);
    expect((await latestEvent()).before).toMatchObject({ linked: true });
  });

  it("setInheritanceStatus changes the answer for that requirement only, and says why", async () => {
    const status = async (rule: string) =>
      (
        (await suite.server.graphql(`{ inheritance(rule: "${rule}") { status } }`)).body.data as {
          inheritance: { status: string };
        }
      ).inheritance.status;
    // 164.308(a)(3)(ii)(A) shares its row with the other workforce-security rules.
    const neighbour = await status("164.308(a)(3)(ii)(B)");
    const { body } = await suite.server.graphql(
      `mutation { setInheritanceStatus(input: {requirement: "164.308(a)(3)(ii)(A)", status: INHERITED,
         reason: "Luma now supervises access"}) { status rows { table status notes } } }`,
      {},
      suite.admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.setInheritanceStatus).toMatchObject({
      status: "INHERITED",
      rows: [{ table: "Edits through the API", status: "INHERITED", notes: ["Luma now supervises access"] }],
    });
    expect(await status("164.308(a)(3)(ii)(B)")).toBe(neighbour);
    const event = await latestEvent();
    expect(event).toMatchObject({ action: "inheritance.setStatus", reason: "Luma now supervises access" });
    // It had no row of its own: its status came from its standard's row.
    expect(event.before).toEqual({ status: neighbour, basis: "STANDARD_ROW", ownRows: [] });
    expect(event.after).toMatchObject({ status: "INHERITED", basis: "OWN_ROW" });
  });

  it("setInheritanceStatus refuses CONDITIONAL without a capability, and HITRUST controls", async () => {
    await refused(
      `mutation { setInheritanceStatus(input: {requirement: "164.312(b)", status: CONDITIONAL, reason: "because"}) { status } }`,
      "BAD_USER_INPUT",
    );
    await refused(
      `mutation { setInheritanceStatus(input: {requirement: "HITRUST 01.d", status: SHARED, reason: "because"}) { status } }`,
      "BAD_USER_INPUT",
    );
  });
});

describe("the audit log", () => {
  it("has no mutation that could change or delete an event", async () => {
    const { body } = await suite.server.graphql<{
      __schema: { mutationType: { fields: Array<{ name: string }> } };
    }>(`{ __schema { mutationType { fields { name } } } }`);
    const names = body.data?.__schema.mutationType.fields.map((f) => f.name).sort();
    expect(names).toEqual([
      "addControl",
      "createApiKey",
      "createCustomer",
      "linkControl",
      "recordAttestation",
      "revokeApiKey",
      "setInheritanceStatus",
      "updateCustomer",
    ]);
  });

  it("pages newest first with cursors, filtered by customer", async () => {
    const page = async (after: string | null) =>
      (
        await suite.server.graphql<{
          auditEvents: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: Array<{ node: { at: string; id: string; customerId: string } }>;
          };
        }>(
          `query($after: String) { auditEvents(first: 2, after: $after, customer: "${CLINIC}") {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id at customerId } } } }`,
          { after },
          suite.admin,
        )
      ).body.data?.auditEvents;
    const seen: Array<{ at: string; id: string; customerId: string }> = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const p = await page(after);
      total = p?.totalCount ?? 0;
      seen.push(...(p?.edges.map((e) => e.node) ?? []));
      after = p?.pageInfo.endCursor ?? null;
      if (!p?.pageInfo.hasNextPage) break;
    }
    // Past the end: no events, and still the total.
    const past = await page(after);
    expect(past?.edges).toEqual([]);
    expect(past?.totalCount).toBe(total);
    expect(total).toBeGreaterThanOrEqual(4);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    expect(seen.every((e) => e.customerId === CLINIC)).toBe(true);
    const times = seen.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    await refused(`{ auditEvents(after: "bm90LWEtY3Vyc29y") { totalCount } }`, "BAD_USER_INPUT");
  });
});

describe("transaction timeout", () => {
  it("a transaction past its timeout is cancelled with the TIMEOUT code", async () => {
    const config = testConfig();
    const db = new Database(
      { ...config.neo4j, uri: config.neo4j.uri as string, txTimeoutMs: 300 },
      new CypherCatalog(join(__dirname, "../fixtures/cypher")),
    );
    try {
      await expect(db.read("slow")).rejects.toMatchObject({ extensions: { code: "TIMEOUT" } });
    } finally {
      await db.close();
    }
  });
});
