import type { Database, Row } from "../../db/database.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import { decodeOpaqueCursor, encodeOpaqueCursor } from "../common/cursor.js";
import { joinControls, type ControlFields, type ControlLink } from "../inheritance/inheritance.facts.js";
import { answerControls } from "../inheritance/inheritance.rules.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import type { RequirementFilter } from "./requirement.args.js";
import type { PolicyCitation, Requirement, RequirementConnection } from "./requirement.type.js";

type RequirementRow = Omit<Requirement, "citations" | "controls"> & {
  sortKey: string;
  citations: Array<Omit<PolicyCitation, "requirement">>;
  /** null when the request does not select controls. */
  controls: { links: ControlLink[]; controls: ControlFields[] } | null;
};

/**
 * The parts of a requirement (and of a page of them) that `requirement/find` computes with a
 * subquery: each is computed only when the request selects it. Plain properties always come back.
 */
export const REQUIREMENT_PARTS = [
  "standard",
  "specifications",
  "citations",
  "policies",
  "inheritanceRows",
  "controls",
  "obligations",
  "related",
  "withheld",
  "totalCount",
] as const;
export type RequirementParts = Record<(typeof REQUIREMENT_PARTS)[number], boolean>;

/** The parts among `fields` (the selected field names; null: not known, so every part). */
export function requirementParts(fields: ReadonlySet<string> | null): RequirementParts {
  return Object.fromEntries(
    REQUIREMENT_PARTS.map((part) => [part, fields === null || fields.has(part)]),
  ) as RequirementParts;
}

const ALL_PARTS = requirementParts(null);

export class RequirementService {
  constructor(private readonly db: Database) {}

  async requirement(
    argument: string,
    input: string,
    parts: RequirementParts = ALL_PARTS,
  ): Promise<Requirement> {
    const canonical = canonicalCitation(argument, input);
    const [row] = await this.db.read("requirement/find", this.params(parts, { ids: [canonical] }));
    if (!row) throw await unknownCitation(this.db, argument, input, canonical);
    return toRequirement(row);
  }

  async requirements(
    filter: RequirementFilter | undefined,
    first: number,
    after: string | null | undefined,
    parts: RequirementParts = ALL_PARTS,
  ): Promise<RequirementConnection> {
    const afterKey = after === undefined || after === null ? null : decodeCursor(after);
    const answered = await this.db.read(
      "requirement/find",
      this.params(parts, {
        ids: null,
        framework: filter?.framework ?? null,
        kind: filter?.kind ?? null,
        safeguard: filter?.safeguard ?? null,
        after: afterKey,
        limit: first + 1,
      }),
    );
    // A page past the end answers one row without a requirement, for its total.
    const rows = answered.filter((row) => row.requirement !== null);
    const page = rows.slice(0, first).map(toRequirement);
    const last = rows[Math.min(first, rows.length) - 1]?.requirement as RequirementRow | undefined;
    return {
      edges: page.map((node, i) => ({
        node,
        cursor: encodeCursor((rows[i]?.requirement as RequirementRow).sortKey),
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.sortKey) : null },
      totalCount: Number(answered[0]?.total ?? 0),
    };
  }

  private params(parts: RequirementParts, p: Record<string, unknown>): Record<string, unknown> {
    return {
      parts,
      ids: null,
      framework: null,
      kind: null,
      safeguard: null,
      after: null,
      limit: 1,
      version: PRIMARY_VERSION,
      ...p,
    };
  }
}

function toRequirement(row: Row): Requirement {
  const r = row.requirement as RequirementRow;
  const ref = { citation: r.citation, title: r.title, framework: r.framework, kind: r.kind };
  return {
    ...r,
    citations: r.citations.map((c) => ({ ...c, requirement: ref })),
    controls: r.controls ? answerControls(joinControls(r.controls.links, r.controls.controls)) : [],
  };
}

const encodeCursor = (sortKey: string): string => encodeOpaqueCursor("r", sortKey);
const decodeCursor = (cursor: string): string => decodeOpaqueCursor("r", cursor);
