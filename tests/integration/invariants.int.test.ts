// The invariants of docs/domain.md over every requirement of every framework of the real graph, for
// the template, both example customers and customers generated with random capability choices: the
// answer keeps them, its matrix row equals it, and the requirement view and the party view agree.
import fc from "fast-check";
import type { Inheritance, MatrixRow } from "../../src/modules/inheritance/inheritance.type.js";
import { FRAMEWORKS } from "../../src/modules/inheritance/inheritance.service.js";
import { seedTestGraph } from "../support/graph.js";
import { violations, type AnswerShape } from "../support/invariants.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ids = (parties: Array<{ id: string }>) => parties.map((p) => p.id);

function shape(a: Inheritance): AnswerShape {
  return {
    status: a.status,
    owners: ids(a.owners),
    riskBearers: ids(a.riskBearers),
    operators: ids(a.operators),
    controls: a.controls,
    policies: a.policies,
    obligations: a.obligations,
    chain: a.chain.map((s) => ({ party: s.party.id, from: s.inheritsFrom?.id ?? null })),
    condition: a.condition ? { capability: a.condition.capabilityId } : null,
    claims: a.claims,
    explanation: a.explanation,
  };
}

/** What an answer and its matrix row both show. */
const common = (x: Inheritance | MatrixRow) => ({
  requirement: x.requirement,
  status: x.status,
  basis: x.basis,
  owners: x.owners,
  riskBearers: x.riskBearers,
  operators: x.operators,
  responsibilities: x.responsibilities,
  controls: x.controls,
  policies: x.policies,
  obligations: x.obligations,
  condition: x.condition,
  claims: x.claims,
});

describe("every view of a requirement agrees, and every answer keeps the invariants", () => {
  let server: TestServer;
  const customers: Array<string | null> = [null, "sunrise-family-clinic", "harbor-pediatrics"];

  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer({}, undefined, { as: "admin" });
    const capabilities = [
      "secure-message-for-phi",
      "audit-log-access",
      "messaging-two-factor-authentication",
    ];
    const choices = fc.sample(fc.subarray(capabilities), { numRuns: 3, seed: 7 });
    for (const [i, chosen] of choices.entries()) {
      const id = `generated-clinic-${i}`;
      const { body } = await server.graphql(
        `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
        { input: { id, name: `Generated Clinic ${i}`, capabilities: chosen } },
      );
      expect(body.errors).toBeUndefined();
      customers.push(id);
    }
  });
  afterAll(async () => server.close());

  it("gives each requirement, for each customer, an answer equal to its matrix row and keeping every invariant", async () => {
    const { inheritance } = server.services;
    let answers = 0;
    for (const customer of customers) {
      for (const framework of FRAMEWORKS) {
        const matrix = await inheritance.responsibilityMatrix(customer, framework);
        expect(matrix.rows.length).toBeGreaterThan(0);
        for (const row of matrix.rows) {
          const answer = await inheritance.inheritance(row.requirement.citation, customer);
          expect(common(answer)).toEqual(common(row));
          expect({ citation: row.requirement.citation, customer, broken: violations(shape(answer)) }).toEqual(
            {
              citation: row.requirement.citation,
              customer,
              broken: [],
            },
          );
          answers += 1;
        }
      }
    }
    expect(answers).toBeGreaterThan(100 * customers.length);
  });

  it("lists in `requirement { controls }` exactly the controls of the requirement's answer", async () => {
    const { requirement, inheritance } = server.services;
    const page = await requirement.requirements(undefined, 200, null);
    expect(page.edges.length).toBeGreaterThan(100);
    for (const { node } of page.edges) {
      const answer = await inheritance.inheritance(node.citation, null);
      expect({ citation: node.citation, controls: node.controls }).toEqual({
        citation: node.citation,
        controls: answer.controls,
      });
    }
  });

  it("gives each party, in the party view, what the template answers give it", async () => {
    const { party, inheritance } = server.services;
    const { answers, parties } = await inheritance.resolveAll(null, { operates: true });
    for (const id of parties.keys()) {
      const view = await party.party(id);
      const citations = (keep: (a: (typeof answers)[number]) => boolean) =>
        answers
          .filter(keep)
          .map((a) => a.facts.requirement.citation)
          .sort();
      expect(view.owns.map((r) => r.citation).sort()).toEqual(
        citations((a) => a.resolution.owners.includes(id)),
      );
      expect(view.bearsRiskFor.map((r) => r.citation).sort()).toEqual(
        citations((a) => a.resolution.riskBearers.includes(id)),
      );
      // Every requirement it operates for another party runs through a control of its in that answer.
      for (const r of view.operatesFor) {
        const answer = await inheritance.inheritance(r.citation, null);
        expect(answer.controls.some((c) => c.operator === id)).toBe(true);
      }
    }
  });

  it("answers the same through GraphQL as through the service", async () => {
    const { body } = await server.graphql<{
      inheritance: { operators: Array<{ id: string }>; claims: unknown[] };
    }>(`{ inheritance(rule: "164.308(a)(5)(ii)(B)") { operators { id } claims { about subject } } }`);
    const direct = await server.services.inheritance.inheritance("164.308(a)(5)(ii)(B)", null);
    expect(ids(body.data!.inheritance.operators)).toEqual(ids(direct.operators));
    expect(body.data!.inheritance.claims).toEqual(
      direct.claims.map((c) => ({ about: c.about, subject: c.subject })),
    );
  });
});
