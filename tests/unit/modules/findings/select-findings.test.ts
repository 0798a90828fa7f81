// Choosing findings without a database: by kind, by document (named, or one its sources are in, of
// whichever version) and by requirement; and the message of a transcribed finding is its summary.
import {
  documentNumber,
  selectFindings,
  type FindingRow,
} from "../../../../src/modules/findings/findings.service.js";

const source = (document: string, version = "2021-03") => ({
  document,
  section: "s",
  locator: null,
  version,
});
const ref = (citation: string) => ({ citation, title: "t", framework: "HIPAA", kind: "STANDARD" as never });

const rows: FindingRow[] = [
  {
    kind: "TEXT_ERROR",
    subject: "typo",
    detail: { summary: "A typo.", sortKey: "b" },
    sources: [source("08-auditing_policy.md")],
    documents: [8],
    requirements: [],
    id: "b",
  },
  {
    kind: "DOCUMENT_NOT_IN_VERSION",
    subject: "24",
    detail: { summary: "Not of this set.", sortKey: "a" },
    sources: [source("README.md"), source("24-hipaa_mapping_to_luma_controls.md", "2020-11")],
    documents: [],
    requirements: [],
    id: "a",
  },
  {
    kind: "REQUIREMENT_NOT_ADDRESSED",
    subject: "164.312(a)(2)(ii)",
    detail: { title: "Emergency Access Procedure", mentionedBy: [] },
    sources: [{ document: "45 CFR 164.312", section: "(a)(2)(ii)", locator: null, version: null }],
    documents: [],
    requirements: [ref("164.312(a)(2)(ii)")],
    id: null,
  },
];
const none = { kind: null, document: null, requirement: null };

describe("selectFindings", () => {
  it("keeps all, ordered by kind, with the summary as the message of a transcribed finding", () => {
    const all = selectFindings(rows, none);
    expect(all.map((f) => f.kind)).toEqual([
      "DOCUMENT_NOT_IN_VERSION",
      "REQUIREMENT_NOT_ADDRESSED",
      "TEXT_ERROR",
    ]);
    expect(all[0]).toMatchObject({
      message: "Not of this set.",
      transcribed: true,
      id: "a",
      documents: [24],
    });
    expect(all[1]).toMatchObject({ transcribed: false, id: null, documents: [] });
    expect(all[1]?.message).toMatch(
      /^164\.312\(a\)\(2\)\(ii\) \(Emergency Access Procedure\) is in no policy/,
    );
  });

  it("filters by kind, document (source documents count) and requirement", () => {
    expect(selectFindings(rows, { ...none, kind: "TEXT_ERROR" }).map((f) => f.id)).toEqual(["b"]);
    expect(selectFindings(rows, { ...none, document: 24 }).map((f) => f.id)).toEqual(["a"]);
    expect(selectFindings(rows, { ...none, document: 8 }).map((f) => f.id)).toEqual(["b"]);
    expect(selectFindings(rows, { ...none, requirement: "164.312(a)(2)(ii)" }).map((f) => f.subject)).toEqual(
      ["164.312(a)(2)(ii)"],
    );
    expect(selectFindings(rows, { kind: "TEXT_ERROR", document: 24, requirement: null })).toEqual([]);
  });
});

describe("documentNumber", () => {
  it("reads the number of a document file, and nothing else", () => {
    expect(documentNumber("08-auditing_policy.md")).toBe(8);
    expect(documentNumber("24-hipaa_mapping_to_luma_controls.md")).toBe(24);
    expect(documentNumber("README.md")).toBeNull();
    expect(documentNumber("45 CFR 164.312")).toBeNull();
  });
});
