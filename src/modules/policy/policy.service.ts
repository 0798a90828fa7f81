import type { Database, Row } from "../../db/database.js";
import { notFound } from "../../errors.js";
import type { PolicyRef, RequirementRef } from "../common/common.types.js";
import type { PolicyCitation } from "../requirement/requirement.type.js";
import type { Policy } from "./policy.type.js";

type CitationRow = Omit<PolicyCitation, "policy"> & { requirement: RequirementRef };
type PolicyRow = Omit<Policy, "hipaa" | "hitrust" | "mentions"> & { citations: CitationRow[] };

export class PolicyService {
  constructor(private readonly db: Database) {}

  async policy(number: number, version: string): Promise<Policy> {
    const [row] = await this.db.read("policy/find", { number, version });
    if (!row)
      throw notFound(`number: no document ${number} in policy set ${version}`, { argument: "number" });
    return toPolicy(row);
  }

  async policies(version: string): Promise<Policy[]> {
    const rows = await this.db.read("policy/find", { number: null, version });
    // Every policy-set version has documents: none means the version is unknown.
    if (rows.length === 0) throw unknownVersion(version);
    return rows.map(toPolicy);
  }
}

export const unknownVersion = (version: string) =>
  notFound(`version: no policy set "${version}" is loaded`, { argument: "version" });

function toPolicy(row: Row): Policy {
  const p = row.policy as PolicyRow;
  const ref: PolicyRef = { number: p.number, title: p.title, version: p.version };
  const citations = p.citations.map((c) => ({ ...c, policy: ref }));
  return {
    ...p,
    hipaa: citations.filter((c) => c.addresses && c.requirement.framework !== "HITRUST"),
    hitrust: citations.filter((c) => c.addresses && c.requirement.framework === "HITRUST"),
    mentions: citations.filter((c) => !c.addresses),
  };
}
