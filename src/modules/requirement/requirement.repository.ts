import { Repository, statement } from "../../db/repository.js";
import type { ControlFields, ControlLink } from "../inheritance/inheritance.facts.js";
import type { PolicyCitation, Requirement } from "./requirement.type.js";

/**
 * A requirement as the statement answers it: citations without their requirement; controls as links
 * with their fields (null when the request does not select them).
 */
export type RequirementMap = Omit<Requirement, "citations" | "controls"> & {
  sortKey: string;
  citations: Array<Omit<PolicyCitation, "requirement">>;
  controls: { links: ControlLink[]; controls: ControlFields[] } | null;
};

export interface RequirementRow {
  /** Matches of the filter; null when asked by ids, or not selected. */
  total: number | null;
  /** Null only in the one row of a page past the end. */
  requirement: RequirementMap | null;
}

export interface CitationRow {
  citation: string;
  title: string;
}

/** The subqueries of requirement/find to compute (see its header). */
export type RequirementPartsParam = Record<string, boolean>;

export interface FindRequirementsParams {
  parts: RequirementPartsParam;
  ids: string[] | null;
  framework: string | null;
  kind: string | null;
  safeguard: string | null;
  after: string | null;
  limit: number;
  version: string;
}

export const REQUIREMENT_STATEMENTS = {
  find: statement<RequirementRow>()("requirement/find", ["total", "requirement"]),
  listCitations: statement<CitationRow>()("requirement/list-citations", ["citation", "title"]),
};

export class RequirementRepository extends Repository {
  /** By citation or alias (`ids`), or one page of the filtered list in sortKey order. */
  async findRequirements(params: FindRequirementsParams): Promise<RequirementRow[]> {
    return this.read(REQUIREMENT_STATEMENTS.find, { ...params });
  }

  /** Every known citation, to suggest the closest to an unknown one. */
  async knownCitations(): Promise<string[]> {
    return (await this.read(REQUIREMENT_STATEMENTS.listCitations)).map((row) => row.citation);
  }
}
