import { Repository, statement } from "../../db/repository.js";
import type { RequirementRef } from "../common/common.types.js";
import type { PolicyCitation } from "../requirement/requirement.type.js";
import type { Policy } from "./policy.type.js";

/** A citation as the statement answers it: the policy it belongs to is the row's own. */
export type PolicyCitationRow = Omit<PolicyCitation, "policy"> & { requirement: RequirementRef };
export type PolicyMap = Omit<Policy, "hipaa" | "hitrust" | "mentions"> & { citations: PolicyCitationRow[] };

export interface PolicyRow {
  policy: PolicyMap;
}

export const POLICY_STATEMENTS = {
  find: statement<PolicyRow>()("policy/find", ["policy"]),
};

export class PolicyRepository extends Repository {
  /** The documents of `version`, or only document `number`, by number. */
  async findPolicies(version: string, number: number | null): Promise<PolicyMap[]> {
    return (await this.read(POLICY_STATEMENTS.find, { number, version })).map((row) => row.policy);
  }
}
