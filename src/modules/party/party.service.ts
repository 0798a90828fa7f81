import { notFound } from "../../errors.js";
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
    const link = (otherId: string | null) => {
      const other = otherId ? parties.get(otherId) : undefined;
      return other
        ? { party: other, agreement: other.id === party.inheritsFrom ? party.agreement : other.agreement }
        : null;
    };
    const refs = (keep: (a: (typeof answers)[number]) => boolean) =>
      answers
        .filter(keep)
        .map(({ facts }) => ({ ...facts.requirement, kind: facts.requirement.kind as never }));
    return {
      id: party.id,
      name: party.name,
      role: party.role,
      description: party.description,
      inheritsFrom: link(party.inheritsFrom),
      inheritedBy: [...parties.values()]
        .filter((p) => p.inheritsFrom === id)
        .map((p) => ({ party: p, agreement: p.agreement })),
      operates: party.operates,
      owns: refs(({ resolution }) => resolution.owners.includes(id)),
      bearsRiskFor: refs(({ resolution }) => resolution.riskBearers.includes(id)),
      operatesFor: refs(
        ({ resolution }) => resolution.operators.includes(id) && !resolution.owners.includes(id),
      ),
    };
  }
}
