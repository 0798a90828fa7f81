import type { Database } from "../../db/database.js";
import { unknownVersion } from "../policy/policy.service.js";
import type { Source } from "../common/common.types.js";
import type { Finding, FindingKind } from "./finding.type.js";

interface FindingRow {
  kind: FindingKind;
  subject: string;
  detail: Record<string, unknown> & { sortKey?: string };
  sources: Source[];
}

const s = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v));

const MESSAGES: Record<FindingKind, (subject: string, d: Record<string, unknown>) => string> = {
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
  HITRUST_NAME_BELONGS_TO_OTHER_CONTROL: (subj, d) => `${subj} is cited as "${s(d.title)}": ${s(d.note)}`,
  HITRUST_ID_MALFORMED: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  HITRUST_NAME_VARIES: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  HITRUST_ID_NOT_IN_CSF: (subj, d) => `${subj} ("${s(d.title)}"): ${s(d.note)}`,
  CONTRADICTION: (subj, d) =>
    `The documents disagree on "${s(d.question)}": ${[...new Set(d.values as string[])].join(" vs ")}.`,
};

export class FindingsService {
  constructor(private readonly db: Database) {}

  async findings(version: string, kind: FindingKind | null): Promise<Finding[]> {
    const rows = (await this.db.read("findings/list", { version })) as unknown as FindingRow[];
    if (rows.some((r) => (r.kind as string) === "UNKNOWN_VERSION")) throw unknownVersion(version);
    return rows
      .filter((r) => kind === null || r.kind === kind)
      .sort(
        (a, b) =>
          a.kind.localeCompare(b.kind) ||
          String(a.detail.sortKey ?? a.subject).localeCompare(String(b.detail.sortKey ?? b.subject)),
      )
      .map((r) => ({
        kind: r.kind,
        subject: r.subject,
        message: MESSAGES[r.kind](r.subject, r.detail),
        sources: r.sources,
      }));
  }
}
