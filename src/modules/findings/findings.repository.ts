import { Repository, statement } from "../../db/repository.js";
import type { RequirementRef, Source } from "../common/common.types.js";
import type { FindingKind } from "./finding.type.js";

/** A row of findings/list (see its header). */
export interface FindingRow {
  kind: FindingKind;
  subject: string;
  detail: Record<string, unknown> & { sortKey?: string };
  sources: Source[];
  documents: number[];
  requirements: RequirementRef[];
  id: string | null;
}

export const FINDINGS_STATEMENTS = {
  list: statement<FindingRow>()("findings/list", [
    "kind",
    "subject",
    "detail",
    "sources",
    "documents",
    "requirements",
    "id",
  ]),
};

export class FindingsRepository extends Repository {
  /** Every finding of the version; one UNKNOWN_VERSION row for a version with no documents. */
  async listFindings(version: string): Promise<FindingRow[]> {
    return this.read(FINDINGS_STATEMENTS.list, { version });
  }
}
