import { notFound } from "../../errors.js";
import type { InheritStep } from "../inheritance/inheritance.rules.js";
import type { InheritanceService } from "../inheritance/inheritance.service.js";
import type { PartyDetail } from "./party.type.js";

export class PartyService {
  constructor(private readonly inheritance: InheritanceService) {}

  /** One facts query over every requirement, then the same rules the inheritance answers use. */
  async party(id: string): Promise<PartyDetail> {
    const { parties, answers } = await this.inheritance.resolveAll(null, { operates: true });
    const party = parties.get(id);
    if (!party)
      throw notFound(`id: no party "${id}" (parties: ${[...parties.keys()].join(", ")})`, { argument: "id" });
    // A step of the chain as seen from either end: the other party, the agreement the documents name
    // for it (null where none is named) and what they leave unsaid.
    const link = (otherId: string, step: InheritStep) => {
      const other = parties.get(otherId);
      return other ? [{ party: other, agreement: step.agreement, agreementNote: step.agreementNote }] : [];
    };
    const upstream = party.inherits.flatMap((step) => link(step.from, step));
    const refs = (keep: (a: (typeof answers)[number]) => boolean) =>
      answers
        .filter(keep)
        .map(({ facts }) => ({ ...facts.requirement, kind: facts.requirement.kind as never }));
    return {
      id: party.id,
      name: party.name,
      role: party.role,
      description: party.description,
      inheritsFrom: upstream[0] ?? null,
      providers: upstream,
      inheritedBy: [...parties.values()].flatMap((p) =>
        p.inherits.filter((step) => step.from === id).flatMap((step) => link(p.id, step)),
      ),
      operates: party.operates,
      owns: refs(({ resolution }) => resolution.owners.includes(id)),
      bearsRiskFor: refs(({ resolution }) => resolution.riskBearers.includes(id)),
      operatesFor: refs(
        ({ resolution }) => resolution.operators.includes(id) && !resolution.owners.includes(id),
      ),
    };
  }
}
