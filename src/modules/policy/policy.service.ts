import type { Public } from "../../db/repository.js";
import { notFound } from "../../errors.js";
import type { PolicyRef } from "../common/common.types.js";
import type { PolicyMap, PolicyRepository } from "./policy.repository.js";
import type { Policy } from "./policy.type.js";

export class PolicyService {
  constructor(private readonly documents: Public<PolicyRepository>) {}

  async policy(number: number, version: string): Promise<Policy> {
    const [found] = await this.documents.findPolicies(version, number);
    if (!found)
      throw notFound(`number: no document ${number} in policy set ${version}`, { argument: "number" });
    return toPolicy(found);
  }

  async policies(version: string): Promise<Policy[]> {
    const rows = await this.documents.findPolicies(version, null);
    // Every policy-set version has documents: none means the version is unknown.
    if (rows.length === 0) throw unknownVersion(version);
    return rows.map(toPolicy);
  }
}

export const unknownVersion = (version: string) =>
  notFound(`version: no policy set "${version}" is loaded`, { argument: "version" });

function toPolicy(p: PolicyMap): Policy {
  const ref: PolicyRef = { number: p.number, title: p.title, version: p.version };
  const citations = p.citations.map((c) => ({ ...c, policy: ref }));
  return {
    ...p,
    hipaa: citations.filter((c) => c.addresses && c.requirement.framework !== "HITRUST"),
    hitrust: citations.filter((c) => c.addresses && c.requirement.framework === "HITRUST"),
    mentions: citations.filter((c) => !c.addresses),
  };
}
