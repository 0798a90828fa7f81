// FindingsService over fake repositories: an unknown version is NOT_FOUND, a requirement filter is
// resolved to its uid first (an unknown one suggests the closest known citations), and the rows are
// filtered and sorted as selectFindings does.
import type { Public } from "../../../../src/db/repository.js";
import { ErrorCode } from "../../../../src/errors.js";
import type { FindingRow, FindingsRepository } from "../../../../src/modules/findings/findings.repository.js";
import { FindingsService } from "../../../../src/modules/findings/findings.service.js";
import type { GraphEditRepository } from "../../../../src/modules/graph-edit/graph-edit.repository.js";
import type { RequirementRepository } from "../../../../src/modules/requirement/requirement.repository.js";

const ref = (citation: string) => ({ citation, title: "t", framework: "HIPAA", kind: "STANDARD" as never });
const row = (
  kind: string,
  subject: string,
  sortKey: string,
  citations: string[],
  documents: number[],
): FindingRow => ({
  kind: kind as FindingRow["kind"],
  subject,
  detail: { title: "T", summary: "S", sortKey },
  sources: [],
  documents,
  requirements: citations.map(ref),
  id: null,
});

const ROWS = [
  row("REQUIREMENT_WITHOUT_INHERITANCE_ROW", "164.316(b)(1)", "b", ["164.316(b)(1)"], [2]),
  row("REQUIREMENT_NOT_ADDRESSED", "164.530(c)", "z", ["164.530(c)"], []),
  row("REQUIREMENT_WITHOUT_INHERITANCE_ROW", "164.308(a)(1)", "a", ["164.308(a)(1)"], [2, 5]),
];

const KNOWN = ["164.308(a)(1)", "164.308(a)(2)", "164.316(b)(1)", "164.530(c)"];

function service(rows: FindingRow[]) {
  const versions: string[] = [];
  const findings: Public<FindingsRepository> = {
    inTransaction: () => Promise.reject(new Error("findings are read only")),
    listFindings: (version) => {
      versions.push(version);
      return Promise.resolve(rows);
    },
  };
  const requirements = {
    knownCitations: () => Promise.resolve(KNOWN),
  } as unknown as Public<RequirementRepository>;
  const graph: Public<Pick<GraphEditRepository, "resolveRequirements">> = {
    resolveRequirements: (ids) =>
      // A requirement's uid is its canonical citation.
      Promise.resolve(new Map(ids.filter((id) => KNOWN.includes(id)).map((id) => [id, id]))),
  };
  return { findings: new FindingsService(findings, requirements, graph), versions };
}

const all = { kind: null, document: null, requirement: null };

describe("FindingsService.findings", () => {
  it("orders by kind, then by sort key, and filters by kind and document", async () => {
    const { findings, versions } = service(ROWS);
    expect((await findings.findings("2021-03", all)).map((f) => f.subject)).toEqual([
      "164.530(c)",
      "164.308(a)(1)",
      "164.316(b)(1)",
    ]);
    expect(versions).toEqual(["2021-03"]);
    const byDocument = await findings.findings("2021-03", { ...all, document: 5 });
    expect(byDocument.map((f) => f.subject)).toEqual(["164.308(a)(1)"]);
    const byKind = await findings.findings("2021-03", { ...all, kind: "REQUIREMENT_NOT_ADDRESSED" });
    expect(byKind.map((f) => f.subject)).toEqual(["164.530(c)"]);
  });

  it("keeps the findings of a requirement given in any spelling", async () => {
    const { findings } = service(ROWS);
    const found = await findings.findings("2021-03", { ...all, requirement: "45 CFR § 164.316(b)(1)" });
    expect(found.map((f) => f.subject)).toEqual(["164.316(b)(1)"]);
  });

  it("suggests known citations for an unknown requirement, before reading any finding", async () => {
    const { findings, versions } = service(ROWS);
    await expect(
      findings.findings("2021-03", { ...all, requirement: "164.308(a)(3)" }),
    ).rejects.toMatchObject({
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        argument: "requirement",
        suggestions: ["164.308(a)(1)", "164.308(a)(2)", "164.316(b)(1)", "164.530(c)"],
      },
    });
    expect(versions).toEqual([]);
  });

  it("answers NOT_FOUND for a version with no documents", async () => {
    const { findings } = service([row("UNKNOWN_VERSION", "1999-01", "", [], [])]);
    await expect(findings.findings("1999-01", all)).rejects.toMatchObject({
      extensions: { code: ErrorCode.NOT_FOUND, argument: "version" },
    });
  });
});
