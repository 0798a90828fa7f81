import type { Database, Row } from "../../db/database.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import { decodeOpaqueCursor, encodeOpaqueCursor } from "../common/cursor.js";
import type { PolicyRef } from "../common/common.types.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import type { RequirementFilter } from "./requirement.args.js";
import type { PolicyCitation, Requirement, RequirementConnection } from "./requirement.type.js";

type RequirementRow = Omit<Requirement, "citations" | "policies"> & {
  sortKey: string;
  citations: Array<Omit<PolicyCitation, "requirement">>;
};

export class RequirementService {
  constructor(private readonly db: Database) {}

  async requirement(argument: string, input: string): Promise<Requirement> {
    const canonical = canonicalCitation(argument, input);
    const [row] = await this.db.read("requirement/find", this.params({ ids: [canonical] }));
    if (!row) throw await unknownCitation(this.db, argument, input, canonical);
    return toRequirement(row);
  }

  async requirements(
    filter: RequirementFilter | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<RequirementConnection> {
    const afterKey = after === undefined || after === null ? null : decodeCursor(after);
    const rows = await this.db.read(
      "requirement/find",
      this.params({
        ids: null,
        framework: filter?.framework ?? null,
        kind: filter?.kind ?? null,
        safeguard: filter?.safeguard ?? null,
        after: afterKey,
        limit: first + 1,
      }),
    );
    const page = rows.slice(0, first).map(toRequirement);
    const last = rows[Math.min(first, rows.length) - 1]?.requirement as RequirementRow | undefined;
    return {
      edges: page.map((node, i) => ({
        node,
        cursor: encodeCursor((rows[i]?.requirement as RequirementRow).sortKey),
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.sortKey) : null },
      totalCount: Number(rows[0]?.total ?? 0),
    };
  }

  private params(p: Record<string, unknown>): Record<string, unknown> {
    return {
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
  const citations = r.citations.map((c) => ({ ...c, requirement: ref }));
  const policies: PolicyRef[] = citations.filter((c) => c.addresses).map((c) => c.policy);
  return { ...r, citations, policies };
}

const encodeCursor = (sortKey: string): string => encodeOpaqueCursor("r", sortKey);
const decodeCursor = (cursor: string): string => decodeOpaqueCursor("r", cursor);
