import type { Public } from "../../db/repository.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import { decodeOpaqueCursor, encodeOpaqueCursor } from "../common/cursor.js";
import { joinControls } from "../inheritance/inheritance.facts.js";
import { answerControls } from "../inheritance/inheritance.rules.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import type { RequirementFilter } from "./requirement.args.js";
import type {
  FindRequirementsParams,
  RequirementMap,
  RequirementRepository,
} from "./requirement.repository.js";
import type { Requirement, RequirementConnection } from "./requirement.type.js";

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
  constructor(private readonly store: Public<RequirementRepository>) {}

  async requirement(
    argument: string,
    input: string,
    parts: RequirementParts = ALL_PARTS,
  ): Promise<Requirement> {
    const canonical = canonicalCitation(argument, input);
    const [row] = await this.store.findRequirements(this.params(parts, { ids: [canonical] }));
    if (!row?.requirement)
      throw unknownCitation(await this.store.knownCitations(), argument, input, canonical);
    return toRequirement(row.requirement);
  }

  async requirements(
    filter: RequirementFilter | undefined,
    first: number,
    after: string | null | undefined,
    parts: RequirementParts = ALL_PARTS,
  ): Promise<RequirementConnection> {
    const afterKey = after === undefined || after === null ? null : decodeCursor(after);
    const answered = await this.store.findRequirements(
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
    const found = answered.flatMap((row) => (row.requirement === null ? [] : [row.requirement]));
    const page = found.slice(0, first);
    const last = page[page.length - 1];
    return {
      edges: page.map((r) => ({ node: toRequirement(r), cursor: encodeCursor(r.sortKey) })),
      pageInfo: { hasNextPage: found.length > first, endCursor: last ? encodeCursor(last.sortKey) : null },
      totalCount: Number(answered[0]?.total ?? 0),
    };
  }

  private params(parts: RequirementParts, p: Partial<FindRequirementsParams>): FindRequirementsParams {
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

function toRequirement(r: RequirementMap): Requirement {
  const ref = { citation: r.citation, title: r.title, framework: r.framework, kind: r.kind };
  return {
    ...r,
    citations: r.citations.map((c) => ({ ...c, requirement: ref })),
    controls: r.controls ? answerControls(joinControls(r.controls.links, r.controls.controls)) : [],
  };
}

const encodeCursor = (sortKey: string): string => encodeOpaqueCursor("r", sortKey);
const decodeCursor = (cursor: string): string => decodeOpaqueCursor("r", cursor);
