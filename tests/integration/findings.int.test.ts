// Findings a compliance officer queries by kind, document and requirement, each with its sources; the
// derived link withheld on purpose, said where it is missing; the mapping page 24 in 2020-11 only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { TRANSCRIBED_FINDING_KINDS } from "../../src/modules/findings/finding.kinds.js";
import { projectRoot } from "../../src/paths.js";
import { seedTestGraph } from "../support/graph.js";
import { dataOf, startTestServer, type TestServer } from "../support/server.js";

interface Found {
  kind: string;
  subject: string;
  message: string;
  transcribed: boolean;
  id: string | null;
  documents: number[];
  requirements: { citation: string }[];
  sources: { document: string; section: string; locator: string | null; version: string | null }[];
}
const FIELDS = `kind subject message transcribed id documents requirements { citation }
  sources { document section locator version }`;

const NEW_COMPUTED_KINDS = [
  "ROW_OMITS_CITING_POLICY",
  "POLICY_WITHOUT_APPLICABLE_STANDARDS",
  "CITED_IN_TEXT_NOT_LISTED",
  "DERIVED_LINK_WITHHELD",
];

let server: TestServer;
const data = <T>(query: string): Promise<T> => dataOf<T>(server, query);
beforeAll(async () => {
  await seedTestGraph();
  server = await startTestServer();
});
afterAll(async () => server.close());

describe("findings", () => {
  const findings = async (args = ""): Promise<Found[]> =>
    (await data<{ findings: Found[] }>(`{ findings${args ? `(${args})` : ""} { ${FIELDS} } }`)).findings;

  let all: Found[];
  beforeAll(async () => {
    all = await findings();
  });

  it("answers every new kind, each finding with sources naming document and section", () => {
    const kinds = new Set(all.map((f) => f.kind));
    for (const kind of [...NEW_COMPUTED_KINDS, ...TRANSCRIBED_FINDING_KINDS])
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
    for (const f of all) {
      expect([f.kind, f.subject, f.sources.length > 0]).toEqual([f.kind, f.subject, true]);
      for (const s of f.sources) expect(s.document && s.section).toBeTruthy();
    }
  });

  it("answers every transcribed finding of the seed, with its id, summary and located sources", () => {
    const seeded = (
      parse(readFileSync(join(projectRoot, "seed/2021-03/findings.yaml"), "utf8")) as {
        findings: { id: string; summary: string }[];
      }
    ).findings;
    const transcribed = all.filter((f) => f.transcribed);
    expect(new Set(transcribed.map((f) => f.id))).toEqual(new Set(seeded.map((f) => f.id)));
    for (const f of seeded) expect(transcribed.find((t) => t.id === f.id)?.message).toBe(f.summary);
    expect(transcribed.every((f) => f.sources.every((s) => s.locator !== null))).toBe(true);
  });

  it("has the citation whose title names another rule, and says the derived link is withheld", () => {
    const titled = all.find((f) => f.kind === "CITATION_TITLE_NAMES_OTHER_RULE");
    expect(titled).toMatchObject({ subject: "164.308(a)(2)", documents: [8] });
    expect(titled?.sources[0]).toMatchObject({
      document: "08-auditing_policy.md",
      section: "8.1.2 Applicable Standards from the HIPAA Security Rule",
      locator: "list item 3",
      version: "2021-03",
    });
    const withheld = all.find((f) => f.kind === "DERIVED_LINK_WITHHELD");
    expect(withheld?.subject).toBe("164.308(a)(2)");
    expect(withheld?.requirements.map((r) => r.citation)).toEqual(
      expect.arrayContaining(["164.308(a)(2)", "HITRUST 09.aa", "HITRUST 00.a"]),
    );
    expect(withheld?.message).toMatch(/no HITRUST link is derived/);
  });

  it("names the policies without Applicable Standards and the provider's spellings", () => {
    expect(all.filter((f) => f.kind === "POLICY_WITHOUT_APPLICABLE_STANDARDS").map((f) => f.subject)).toEqual(
      ["18", "20"],
    );
    const provider = all.find((f) => f.kind === "NAME_SPELLED_SEVERAL_WAYS" && f.subject === "Aptible");
    expect(provider?.message).toMatch(/Apitible/);
    expect(provider?.documents).toEqual([6, 7, 8, 9]);
  });

  it("filters by kind, by document and by requirement in any spelling, together", async () => {
    const templates = await findings("kind: TEMPLATE_TEXT_LEFT");
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.every((f) => f.kind === "TEMPLATE_TEXT_LEFT")).toBe(true);
    expect(templates.some((f) => f.documents.includes(23))).toBe(true);

    const auditing = await findings("document: 8");
    expect(auditing.length).toBeGreaterThan(0);
    expect(auditing.every((f) => f.documents.includes(8))).toBe(true);
    for (const kind of [
      "CITATION_TITLE_NAMES_OTHER_RULE",
      "HITRUST_ID_MALFORMED",
      "DERIVED_LINK_WITHHELD",
      "CONTRADICTION",
    ]) {
      expect([kind, auditing.some((f) => f.kind === kind)]).toEqual([kind, true]);
    }

    // A superseded paragraph, written without parentheses, finds its standard's findings.
    const superseded = await findings(`requirement: "164.314a1i"`);
    expect(superseded.every((f) => f.requirements.some((r) => r.citation === "164.314(a)(1)"))).toBe(true);
    expect(
      superseded.filter((f) => f.kind === "CITATION_SUPERSEDED_NUMBERING").map((f) => f.documents),
    ).toEqual([[2], [21]]);
    const hitrust = await findings(`requirement: "HITRUST 06.f"`);
    expect(hitrust.map((f) => f.kind)).toContain("HITRUST_NAME_BELONGS_TO_OTHER_CONTROL");

    const both = await findings(`kind: CITATION_MALFORMED, document: 7`);
    expect(both.map((f) => f.id)).toEqual(["system-access-compact-citations"]);
    expect(await findings(`kind: CITATION_MALFORMED, document: 20`)).toEqual([]);
  });

  it("refuses a requirement it cannot read or does not know", async () => {
    for (const input of ["164.312(z)", "not a rule"]) {
      const { body } = await server.graphql(`{ findings(requirement: "${input}") { kind } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "requirement" });
    }
  });

  it("says, in the requirement's own answer, which derived links it lacks on purpose", async () => {
    type Links = {
      related: { requirement: { citation: string }; policies: { number: number }[] }[];
      withheld: { requirement: { citation: string }; policy: { number: number }; notes: string[] }[];
    };
    const { requirement } = await data<{ requirement: Links }>(
      `{ requirement(citation: "164.308(a)(2)") {
           related { requirement { citation } policies { number } }
           withheld { requirement { citation } policy { number } notes } } }`,
    );
    expect(requirement.related.flatMap((l) => l.policies.map((p) => p.number))).not.toContain(8);
    expect(requirement.withheld.map((w) => w.requirement.citation)).toContain("HITRUST 09.aa");
    expect(requirement.withheld.every((w) => w.policy.number === 8 && w.notes.length > 0)).toBe(true);
    const { hitrustControl } = await data<{ hitrustControl: Links }>(
      `{ hitrustControl(id: "09.aa") { related { requirement { citation } policies { number } }
           withheld { requirement { citation } policy { number } notes } } }`,
    );
    expect(hitrustControl.related.map((l) => l.requirement.citation)).not.toContain("164.308(a)(2)");
    expect(hitrustControl.withheld.map((w) => w.requirement.citation)).toEqual(["164.308(a)(2)"]);
  });
});

describe("the mapping page 24: version 2020-11, not 2021-03", () => {
  it("is absent from 2021-03 answers", async () => {
    const { policies } = await data<{ policies: { number: number }[] }>(`{ policies { number } }`);
    expect(policies.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const missing = await server.graphql(`{ policy(number: 24) { title } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const { requirement } = await data<{ requirement: { citations: { policy: { number: number } }[] } }>(
      `{ requirement(citation: "164.308(a)(1)(i)") { citations { policy { number } } } }`,
    );
    expect(requirement.citations.map((c) => c.policy.number)).not.toContain(24);
    // The only 2021-03 finding that names it says it is not of the set, and shows it as 2020-11.
    const { findings } = await data<{ findings: Found[] }>(`{ findings(document: 24) { ${FIELDS} } }`);
    expect(findings.map((f) => f.kind)).toEqual(["DOCUMENT_NOT_IN_VERSION"]);
    expect(findings[0]?.sources.find((s) => s.document.startsWith("24-"))?.version).toBe("2020-11");
  });

  it("is present in 2020-11, with its table rows and its own findings", async () => {
    const { policies } = await data<{ policies: { number: number; version: string }[] }>(
      `{ policies(version: "2020-11") { number version } }`,
    );
    expect(policies).toEqual([{ number: 24, version: "2020-11" }]);
    const { policy } = await data<{
      policy: { kind: string; mentions: { requirement: { citation: string } }[] };
    }>(`{ policy(number: 24, version: "2020-11") { kind mentions { requirement { citation } } } }`);
    expect(policy.kind).toBe("MAPPING");
    expect(policy.mentions.map((m) => m.requirement.citation)).toContain("164.314(a)(1)");
    const { findings } = await data<{ findings: Found[] }>(`{ findings(version: "2020-11") { ${FIELDS} } }`);
    const kinds = new Set(findings.map((f) => f.kind));
    expect(kinds).toContain("CITATION_SUPERSEDED_NUMBERING");
    // A mapping page alone addresses nothing and has no inheritance table: those are not its findings.
    expect(kinds.has("REQUIREMENT_NOT_ADDRESSED")).toBe(false);
    expect(kinds.has("REQUIREMENT_WITHOUT_INHERITANCE_ROW")).toBe(false);
    expect(findings.every((f) => f.sources.every((s) => s.version === "2020-11"))).toBe(true);
  });
});
