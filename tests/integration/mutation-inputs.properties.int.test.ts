// Property-based: any input to any mutation, well-formed or not, gets an answer with a stable code,
// never a 500 or an internal message, and every mutation that succeeds appends exactly one audit event.
import fc from "fast-check";
import { useSeededServer } from "../support/server.js";

const suite = useSeededServer();

const EXPECTED_CODES = ["BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "GRAPHQL_VALIDATION_FAILED"];

/** Anything JSON can carry, weighted towards strings, the usual source of trouble. */
const junk = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  fc.constantFrom(
    "",
    " ",
    "'; MATCH (n) DETACH DELETE n //",
    "a".repeat(5_000),
    "164.312(b)",
    "2026-02-29",
    "../../etc",
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const slugish = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/), junk);
const pick = <T>(values: T[]) => fc.oneof(fc.constantFrom(...values), junk);
const input = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] });

const customerIds = ["sunrise-family-clinic", "harbor-pediatrics"];
const obligations = ["appoint-security-official", "train-workforce-security-awareness", "no-such-obligation"];
const capabilities = fc.array(pick(["audit-log-access", "secure-message-for-phi", "teleportation"]), {
  maxLength: 4,
});
const statuses = pick(["IMPLEMENTED", "NOT_APPLICABLE", "PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED"]);

const MUTATIONS: Array<[string, string, fc.Arbitrary<Record<string, unknown>>]> = [
  [
    "createCustomer",
    `mutation($v: CreateCustomerInput!) { createCustomer(input: $v) { id } }`,
    input({ id: slugish, name: junk, notes: junk, capabilities }),
  ],
  [
    "updateCustomer",
    `mutation($id: ID!, $v: UpdateCustomerInput!) { updateCustomer(id: $id, input: $v) { id } }`,
    input({ name: junk, notes: junk, capabilities }),
  ],
  [
    "recordAttestation",
    `mutation($v: RecordAttestationInput!) { recordAttestation(input: $v) { status } }`,
    input({
      customer: pick(customerIds),
      obligation: pick(obligations),
      status: statuses,
      evidence: junk,
      date: pick(["2026-01-01", "2026-13-01", "1999-12-31", "2100-01-01"]),
      attestedBy: junk,
    }),
  ],
  [
    "createApiKey",
    `mutation($v: CreateApiKeyInput!) { createApiKey(input: $v) { apiKey { id } } }`,
    input({ role: pick(["ADMIN", "AUDITOR", "CUSTOMER"]), customer: pick(customerIds), label: junk }),
  ],
  ["revokeApiKey", `mutation($v: ID!) { revokeApiKey(id: $v) { id } }`, fc.record({ value: junk })],
  [
    "addControl",
    `mutation($v: AddControlInput!) { addControl(input: $v) { id } }`,
    input({
      id: slugish,
      name: junk,
      description: junk,
      operator: pick(["aptible", "luma", "customer"]),
      definedIn: fc.oneof(
        input({ policy: fc.oneof(fc.integer({ min: -2, max: 30 }), junk), section: junk }),
        junk,
      ),
      satisfies: fc.array(pick(["164.312(b)", "HITRUST 01.d", "§ 164.308(a)(1)"]), { maxLength: 3 }),
      reliesOn: fc.array(pick(["aptible-ossec-ids", "luma-risk-assessment"]), { maxLength: 3 }),
      source: fc.oneof(input({ document: junk, section: junk }), junk),
      reason: junk,
    }),
  ],
  [
    "linkControl",
    `mutation($v: LinkControlInput!) { linkControl(input: $v) { id } }`,
    input({ control: pick(["aptible-ossec-ids", "luma-risk-assessment"]), requirement: junk, reason: junk }),
  ],
  [
    "setInheritanceStatus",
    `mutation($v: SetInheritanceStatusInput!) { setInheritanceStatus(input: $v) { status } }`,
    input({
      requirement: pick(["164.312(b)", "164.308(a)(5)(ii)(A)", "HITRUST 01.d"]),
      status: pick(["INHERITED", "SHARED", "NOT_INHERITED", "CONDITIONAL"]),
      capability: pick(["audit-log-access", "teleportation"]),
      reason: junk,
    }),
  ],
];

const auditTotal = () => suite.server.auditTotal(suite.admin);

it.each(MUTATIONS)(
  "%s: any input gets a clear answer, and only successes are audited",
  async (name, query, arb) => {
    const before = await auditTotal();
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(arb, fc.constantFrom(...customerIds), async (value, id) => {
        const variables = name === "revokeApiKey" ? { v: value.value } : { v: value, id };
        const { status, body } = await suite.server.graphql(query, variables, suite.admin);
        const text = JSON.stringify(body);
        // Our Cypher (labelled patterns), driver errors and stack frames stay in the server log.
        expect(text).not.toMatch(
          /MATCH \(\w*:[A-Z]|Neo4jError|Neo\.ClientError|\bat \S+ \(|INTERNAL_SERVER_ERROR/,
        );
        if (body.errors) {
          expect([200, 400]).toContain(status);
          expect(EXPECTED_CODES).toContain(body.errors[0]?.extensions?.code);
          expect(body.errors[0]?.message.length).toBeLessThan(1_000);
        } else {
          expect(status).toBe(200);
          expect(body.data).toBeTruthy();
          successes += 1;
        }
      }),
      { numRuns: 40 },
    );
    expect(await auditTotal()).toBe(before + successes);
  },
);
