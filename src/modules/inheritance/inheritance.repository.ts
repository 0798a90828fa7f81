import { Repository, statement } from "../../db/repository.js";
import type { ControlRef } from "../common/common.types.js";
import type { ControlFields, ControlLink } from "./inheritance.facts.js";
import type { ObligationFacts, PartyFacts, RequirementFacts } from "./inheritance.rules.js";

export interface PartyRow extends PartyFacts {
  /** Every control it operates in the policy-set version, whatever the requirements' statuses (operates only). */
  operates: ControlRef[];
}

/**
 * What the statement answers per requirement: controls as links and obligations as ids (their fields
 * come once per row); the parties and the customer's choices come once per row too.
 */
export type FoundFacts = Omit<
  RequirementFacts,
  "parties" | "customerUses" | "customerName" | "controls" | "obligations"
> & {
  controls: ControlLink[];
  obligations: string[];
};

export interface RequirementFactsRow {
  customerFound: boolean;
  customerName: string | null;
  customerUses: string[];
  parties: PartyRow[];
  facts: FoundFacts[];
  controls: ControlFields[];
  obligations: ObligationFacts[];
}

export interface RequirementFactsParams {
  ids: string[] | null;
  framework: string | null;
  version: string;
  customer: string | null;
  operates: boolean;
}

export const INHERITANCE_STATEMENTS = {
  requirementFacts: statement<RequirementFactsRow>()("inheritance/requirement-facts", [
    "customerFound",
    "customerName",
    "customerUses",
    "parties",
    "facts",
    "controls",
    "obligations",
  ]),
};

export class InheritanceRepository extends Repository {
  /** Everything the inheritance rules need about the requirements asked for, in one round trip. */
  async findRequirementFacts(params: RequirementFactsParams): Promise<RequirementFactsRow | undefined> {
    const [row] = await this.read(INHERITANCE_STATEMENTS.requirementFacts, { ...params });
    return row;
  }
}
