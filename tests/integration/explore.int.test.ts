// The exploration fields an auditor uses in GraphiQL, over HTTP against the seeded real Neo4j.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../src/paths.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

interface PolicyEntry {
  number: number;
  hipaa: { citations: string[]; context: string }[];
  hitrust: { id: string }[];
}
const documents = (
  parse(readFileSync(join(projectRoot, "seed/2021-03/policies.yaml"), "utf8")) as { documents: PolicyEntry[] }
).documents;

describe("exploration", () => {
  let server: TestServer;
  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { body } = await server.graphql<T>(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it("requirement: a standard with its specifications, policies, row, controls", async () => {
    const { requirement } = await data<{
      requirement: Record<string, unknown> & {
        specifications: { citation: string }[];
        policies: { number: number }[];
        inheritanceRows: { status: string }[];
        controls: unknown[];
      };
    }>(
      `{ requirement(citation: "164.308(a)(1)") { citation title kind safeguard aliases standard { citation }
         specifications { citation } policies { number } inheritanceRows { status } controls { id operator } } }`,
    );
    expect(requirement).toMatchObject({
      citation: "164.308(a)(1)(i)",
      kind: "STANDARD",
      safeguard: "ADMINISTRATIVE",
      standard: null,
    });
    expect(requirement.specifications.map((s) => s.citation)).toEqual([
      "164.308(a)(1)(ii)(A)",
      "164.308(a)(1)(ii)(B)",
      "164.308(a)(1)(ii)(C)",
      "164.308(a)(1)(ii)(D)",
    ]);
    expect(requirement.inheritanceRows).toEqual([{ status: "INHERITED" }]);
    expect(requirement.controls.length).toBeGreaterThan(0);
  });

  it("requirements: cursor pagination walks every requirement once, in order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    type Page = {
      totalCount: number;
      edges: { cursor: string; node: { citation: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    for (let page = 0; page < 20; page++) {
      const result: { requirements: Page } = await data<{ requirements: Page }>(
        `query($after: String) { requirements(filter: { framework: "HIPAA" }, first: 20, after: $after) {
           totalCount edges { cursor node { citation } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const requirements = result.requirements;
      total = requirements.totalCount;
      seen.push(...requirements.edges.map((e) => e.node.citation));
      if (!requirements.pageInfo.hasNextPage) break;
      after = requirements.pageInfo.endCursor;
    }
    expect(total).toBe(65);
    expect(seen).toHaveLength(65);
    expect(new Set(seen).size).toBe(65);
    expect(seen.indexOf("164.308(a)(2)")).toBeLessThan(seen.indexOf("164.308(a)(3)(i)"));
  });

  it("requirements: a page past the end is empty and still tells the total", async () => {
    type Page = {
      totalCount: number;
      edges: unknown[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const query = `query($after: String) { requirements(filter: { framework: "HIPAA" }, first: 100, after: $after) {
      totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`;
    const all = (await data<{ requirements: Page }>(query, { after: null })).requirements;
    expect(all.pageInfo.hasNextPage).toBe(false);
    const past = (await data<{ requirements: Page }>(query, { after: all.pageInfo.endCursor })).requirements;
    expect(past).toEqual({
      totalCount: all.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(all.totalCount).toBe(all.edges.length);
  });

  it("requirements: rejects a page size out of range and a forged cursor", async () => {
    const big = await server.graphql(`{ requirements(first: 5000) { totalCount } }`);
    expect(big.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await server.graphql(`{ requirements(after: "bm9wZQ") { totalCount } }`);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  // Only the selected parts of a requirement are computed: however a request spells its selection
  // (aliases, named and inline fragments, @include/@skip), it gets what it asked for.
  it("requirements: the same answer however the fields are selected", async () => {
    const parts = `policies { number } citations { policy { number } addresses } controls { id operator }
      obligations { id } inheritanceRows { status } specifications { citation } standard { citation }
      related { requirement { citation } }`;
    type Node = Record<string, unknown> & {
      citations: { policy: { number: number }; addresses: boolean }[];
      policies: { number: number }[];
    };
    const plain = await data<{ requirements: { totalCount: number; edges: { node: Node }[] } }>(
      `{ requirements(first: 80) { totalCount edges { node { citation ${parts} } } } }`,
    );
    const spelled = await data<{
      requirements: { count: number; edges: { n: Record<string, unknown> }[] };
    }>(
      `query($yes: Boolean!, $no: Boolean!) {
         requirements(first: 80) { count: totalCount edges { n: node { ...Head ... on Requirement { rest: citation } } } }
       }
       fragment Head on Requirement {
         citation
         policies @include(if: $yes) { number }
         citations @skip(if: $no) { policy { number } addresses }
         ... on Requirement { controls { id operator } obligations { id } }
         inheritanceRows { status } specifications { citation } standard { citation } related { requirement { citation } }
         title @skip(if: $yes)
       }`,
      { yes: true, no: false },
    );
    expect(spelled.requirements.count).toBe(plain.requirements.totalCount);
    expect(plain.requirements.totalCount).toBeGreaterThan(80);
    const respelled = spelled.requirements.edges.map(({ n }) => {
      const { rest, ...node } = n;
      expect(rest).toBe(node.citation);
      return node;
    });
    expect(respelled).toEqual(plain.requirements.edges.map((e) => e.node));
    // Somewhere on the page every part is non-empty, so an empty answer cannot pass as the same answer.
    for (const part of [
      "policies",
      "citations",
      "controls",
      "obligations",
      "inheritanceRows",
      "specifications",
    ]) {
      expect(plain.requirements.edges.some((e) => (e.node[part] as unknown[]).length > 0)).toBe(true);
    }
    expect(plain.requirements.edges.some((e) => e.node.standard !== null)).toBe(true);
    // policies are exactly the citations of the Applicable Standards lists, asked separately or together.
    for (const { node } of plain.requirements.edges) {
      expect(node.policies).toEqual(node.citations.filter((c) => c.addresses).map((c) => c.policy));
    }
  });

  it.each(documents.filter((d) => d.hipaa.length + d.hitrust.length > 0).map((d) => [d.number, d] as const))(
    "policy %i: its HIPAA and HITRUST lists are the document's Applicable Standards",
    async (number, doc) => {
      const { policy } = await data<{
        policy: {
          hipaa: { requirement: { citation: string } }[];
          hitrust: { requirement: { citation: string } }[];
        };
      }>(
        `query($n: Int!) { policy(number: $n) { hipaa { requirement { citation } } hitrust { requirement { citation } } } }`,
        { n: number },
      );
      const expectedHitrust = [...new Set(doc.hitrust.map((h) => `HITRUST ${h.id}`))].sort();
      expect(policy.hitrust.map((h) => h.requirement.citation).sort()).toEqual(expectedHitrust);
      // Applicable Standards entries only; aliases resolve to their standard, so compare counts of distinct targets.
      const listed = doc.hipaa
        .filter((h) => h.context === "APPLICABLE_STANDARDS")
        .flatMap((h) => h.citations);
      expect(policy.hipaa.length).toBeLessThanOrEqual(new Set(listed).size);
      expect(policy.hipaa.length > 0).toBe(listed.length > 0);
    },
  );

  it("policy: the controls it defines, which Aptible operates, and the rows naming it", async () => {
    const { policy } = await data<{
      policy: {
        title: string;
        controls: { id: string; operator: string }[];
        inheritanceRows: { row: number }[];
      };
    }>(`{ policy(number: 15) { title controls { id operator } inheritanceRows { row } } }`);
    expect(policy.title).toBe("IDS Policy");
    expect(policy.controls.some((c) => c.operator === "aptible")).toBe(true);
    expect(policy.inheritanceRows.length).toBeGreaterThan(0);
    const missing = await server.graphql(`{ policy(number: 99) { title } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("policies: every document of the policy set", async () => {
    const { policies } = await data<{ policies: { number: number }[] }>(`{ policies { number } }`);
    expect(policies.map((p) => p.number)).toEqual(documents.map((d) => d.number).sort((a, b) => a - b));
  });

  it("party: Aptible operates, owns nothing toward the customer; Luma owns and carries risk", async () => {
    const { aptible, luma } = await data<{
      aptible: {
        operates: unknown[];
        owns: unknown[];
        operatesFor: unknown[];
        inheritedBy: { party: { id: string } }[];
      };
      luma: { owns: unknown[]; bearsRiskFor: unknown[]; inheritsFrom: { party: { id: string } } };
    }>(
      `{ aptible: party(id: "aptible") { operates { id } owns { citation } operatesFor { citation } inheritedBy { party { id } } }
         luma: party(id: "luma") { owns { citation } bearsRiskFor { citation } inheritsFrom { party { id } agreement } } }`,
    );
    expect(aptible.operates.length).toBeGreaterThanOrEqual(10);
    expect(aptible.owns).toEqual([]);
    expect(aptible.operatesFor.length).toBeGreaterThan(0);
    expect(aptible.inheritedBy.map((l) => l.party.id)).toEqual(["luma"]);
    expect(luma.owns.length).toBeGreaterThan(0);
    expect(luma.bearsRiskFor).toEqual(luma.owns);
    expect(luma.inheritsFrom.party.id).toBe("aptible");
  });

  it("control: an Aptible practice with its policy, requirements and sources", async () => {
    const { control } = await data<{
      control: {
        operator: { id: string };
        definedIn: { policy: { number: number } };
        satisfies: unknown[];
        sources: { document: string }[];
      };
    }>(
      `{ control(id: "aptible-ossec-ids") { operator { id } definedIn { policy { number } section } satisfies { citation } sources { document section } } }`,
    );
    expect(control.operator.id).toBe("aptible");
    expect(control.satisfies.length).toBeGreaterThan(0);
    expect(control.sources.length).toBeGreaterThan(0);
    const missing = await server.graphql(`{ control(id: "nope") { id } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("hitrustControl: related HIPAA rules, each with the policies the link comes from", async () => {
    const { hitrustControl } = await data<{
      hitrustControl: {
        citation: string;
        related: { requirement: { framework: string }; policies: { number: number }[] }[];
      };
    }>(
      `{ hitrustControl(id: "09.ab") { citation title related { requirement { citation framework } policies { number } } } }`,
    );
    expect(hitrustControl.citation).toBe("HITRUST 09.ab");
    expect(hitrustControl.related.length).toBeGreaterThan(0);
    for (const link of hitrustControl.related) {
      expect(link.requirement.framework).not.toBe("HITRUST");
      expect(link.policies.length).toBeGreaterThan(0);
    }
  });

  it("search: full text over titles and descriptions, safe with query syntax", async () => {
    const { search } = await data<{ search: { kind: string; key: string }[] }>(
      `{ search(text: "intrusion detection") { kind key title score } }`,
    );
    expect(search.length).toBeGreaterThan(0);
    expect(search.some((h) => h.kind === "CONTROL")).toBe(true);
    const odd = await data<{ search: unknown[] }>(`{ search(text: "audit AND (logs OR \\"x") { key } }`);
    expect(Array.isArray(odd.search)).toBe(true);
    const empty = await server.graphql(`{ search(text: "   ") { key } }`);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("findings: gaps, inconsistencies, HITRUST flags and contradictions", async () => {
    const { findings } = await data<{ findings: { kind: string; subject: string; message: string }[] }>(
      `{ findings { kind subject message } }`,
    );
    const kinds = new Set(findings.map((f) => f.kind));
    for (const kind of [
      "REQUIREMENT_NOT_ADDRESSED",
      "REQUIREMENT_WITHOUT_INHERITANCE_ROW",
      "ROW_POLICY_DOES_NOT_CITE_RULE",
      "HITRUST_NAME_BELONGS_TO_OTHER_CONTROL",
      "CONTRADICTION",
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(findings.find((f) => f.kind === "HITRUST_NAME_BELONGS_TO_OTHER_CONTROL")?.subject).toBe(
      "HITRUST 06.f",
    );
    expect(
      findings.some(
        (f) => f.kind === "CONTRADICTION" && /4 hours/.test(f.message) && /72 hours/.test(f.message),
      ),
    ).toBe(true);
    expect(
      findings.some((f) => f.kind === "REQUIREMENT_NOT_ADDRESSED" && f.subject === "164.312(a)(2)(ii)"),
    ).toBe(true);
  });
});

describe("policy-set versions", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it.each(["policies", "findings"])(
    "%s of an unknown version is NOT_FOUND, not an empty or made-up answer",
    async (field) => {
      const selection = field === "policies" ? "number" : "kind";
      const { body } = await server.graphql(`{ ${field}(version: "1999-01") { ${selection} } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "version" });
      const known = await server.graphql(`{ ${field}(version: "2021-03") { ${selection} } }`);
      expect(known.body.errors).toBeUndefined();
    },
  );
});
