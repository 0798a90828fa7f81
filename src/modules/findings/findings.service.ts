import type { Public } from "../../db/repository.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import type { GraphEditRepository } from "../graph-edit/graph-edit.repository.js";
import { unknownVersion } from "../policy/policy.service.js";
import type { RequirementRepository } from "../requirement/requirement.repository.js";
import { TRANSCRIBED_FINDING_KINDS, type FindingKindName } from "./finding.kinds.js";
import type { Finding, FindingKind } from "./finding.type.js";
import type { FindingRow, FindingsRepository } from "./findings.repository.js";

export type { FindingRow };

/** What to keep: null keeps everything. `requirement` is a canonical citation of a known requirement. */
export interface FindingFilter {
  kind: FindingKind | null;
  document: number | null;
  requirement: string | null;
}

const s = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v));

type Message = (subject: string, d: Record<string, unknown>) => string;

const COMPUTED_MESSAGES: Record<
  Exclude<FindingKindName, (typeof TRANSCRIBED_FINDING_KINDS)[number]>,
  Message
> = {
  REQUIREMENT_NOT_ADDRESSED: (subj, d) =>
    `${subj} (${s(d.title)}) is in no policy's Applicable Standards list${
      Array.isArray(d.mentionedBy) && d.mentionedBy.length
        ? `; it is only mentioned by document(s) ${s(d.mentionedBy)}`
        : ""
    }.`,
  REQUIREMENT_WITHOUT_INHERITANCE_ROW: (subj, d) =>
    `No row of the inheritance table covers the standard ${subj} (${s(d.title)}), so nothing says Luma takes it over: it stays with the customer.`,
  POLICY_NOT_IN_INHERITANCE_TABLE: (subj, d) =>
    `Policy ${subj} (${s(d.title)}) is named by no row of the inheritance table.`,
  ROW_POLICY_DOES_NOT_CITE_RULE: (subj, d) =>
    `Inheritance row ${s(d.row)} names policy ${s(d.policy)} (${s(d.policyTitle)}) for ${subj} (${s(d.title)}), but that policy's Applicable Standards do not cite it.`,
  ROW_OMITS_CITING_POLICY: (subj, d) =>
    `Policy ${s(d.policy)} (${s(d.policyTitle)}) lists ${s(d.cited)} in its Applicable Standards, but inheritance row ${s(d.row)} for ${subj} (${s(d.title)}) does not name it.`,
  POLICY_WITHOUT_APPLICABLE_STANDARDS: (subj, d) =>
    `Policy ${subj} (${s(d.title)}) has no Applicable Standards: it cites no HIPAA rule and no HITRUST control.`,
  CITED_IN_TEXT_NOT_LISTED: (subj, d) =>
    `Policy ${s(d.policy)} (${s(d.policyTitle)}) cites ${subj} (${s(d.title)}) in its text ("${s(d.citedAs)}") but not in its Applicable Standards.`,
  DERIVED_LINK_WITHHELD: (subj, d) =>
    `Policy ${s(d.policy)} (${s(d.policyTitle)}) cites ${subj} as "${s(d.citedAs)}", a title that names another rule: the citation is kept as written, but no HITRUST link is derived from it${
      Array.isArray(d.withheldFrom) && d.withheldFrom.length ? ` (withheld for ${s(d.withheldFrom)})` : ""
    }. ${s(d.notes)}`.trim(),
  HITRUST_NAME_BELONGS_TO_OTHER_CONTROL: (subj, d) => `${subj} is cited as "${s(d.title)}": ${s(d.note)}`,
  HITRUST_ID_MALFORMED: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  HITRUST_NAME_VARIES: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  HITRUST_ID_NOT_IN_CSF: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  CONTRADICTION: (subj, d) =>
    `The documents disagree on "${s(d.question)}": ${[...new Set(d.values as string[])].join(" vs ")}.`,
};

/** A transcribed finding says itself what is wrong, in the summary written into the seed. */
const MESSAGES: Record<FindingKindName, Message> = {
  ...COMPUTED_MESSAGES,
  ...(Object.fromEntries(TRANSCRIBED_FINDING_KINDS.map((k) => [k, (_: string, d) => s(d.summary)])) as Record<
    (typeof TRANSCRIBED_FINDING_KINDS)[number],
    Message
  >),
};

/** The number of a document file of the policy set ("08-auditing_policy.md" -> 8), or null. */
export function documentNumber(file: string): number | null {
  const match = /^(\d+)-/.exec(file);
  return match ? Number(match[1]) : null;
}

/** The row as a Finding: its documents are those it names and those its sources are in. */
export function toFinding(row: FindingRow): Finding {
  const fromSources = row.sources
    .map((src) => documentNumber(src.document))
    .filter((n): n is number => n !== null);
  return {
    kind: row.kind,
    subject: row.subject,
    message: MESSAGES[row.kind](row.subject, row.detail),
    transcribed: row.id !== null,
    id: row.id,
    documents: [...new Set([...row.documents, ...fromSources])].sort((a, b) => a - b),
    requirements: row.requirements,
    sources: row.sources.map((src) => ({ ...src, locator: src.locator ?? null })),
  };
}

/** The findings the filter keeps, by kind, then in the order of each kind's sort key. */
export function selectFindings(rows: FindingRow[], filter: FindingFilter): Finding[] {
  return rows
    .filter((r) => filter.kind === null || r.kind === filter.kind)
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        String(a.detail.sortKey ?? a.subject).localeCompare(String(b.detail.sortKey ?? b.subject)),
    )
    .map(toFinding)
    .filter((f) => filter.document === null || f.documents.includes(filter.document))
    .filter(
      (f) => filter.requirement === null || f.requirements.some((r) => r.citation === filter.requirement),
    );
}

export class FindingsService {
  constructor(
    private readonly found: Public<FindingsRepository>,
    private readonly requirements: Public<RequirementRepository>,
    private readonly graph: Public<Pick<GraphEditRepository, "resolveRequirements">>,
  ) {}

  /** `requirement`: any spelling of a known requirement (an alias finds its requirement). */
  async findings(
    version: string,
    filter: { kind: FindingKind | null; document: number | null; requirement: string | null },
  ): Promise<Finding[]> {
    const requirement = filter.requirement === null ? null : await this.requirement(filter.requirement);
    const rows = await this.found.listFindings(version);
    if (rows.some((r) => (r.kind as string) === "UNKNOWN_VERSION")) throw unknownVersion(version);
    return selectFindings(rows, { kind: filter.kind, document: filter.document, requirement });
  }

  private async requirement(input: string): Promise<string> {
    const canonical = canonicalCitation("requirement", input);
    const uid = (await this.graph.resolveRequirements([canonical])).get(canonical);
    if (uid === undefined)
      throw unknownCitation(await this.requirements.knownCitations(), "requirement", input, canonical);
    return uid;
  }
}
