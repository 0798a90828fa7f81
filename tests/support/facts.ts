// Facts and shapes for tests of the inheritance rules: the parties of the 2021-03 chain as the seed
// has them, and the Resolution in the shape the invariants check.
import type { PartyFacts, Resolution } from "../../src/modules/inheritance/inheritance.rules.js";
import type { AnswerShape } from "./invariants.js";

const intro = (locator: string) => ({
  document: "01-introduction.md",
  section: "1.2 Compliance Inheritance",
  version: "2021-03",
  locator,
});

export const PARTIES: PartyFacts[] = [
  {
    id: "aptible",
    name: "Aptible",
    role: "PLATFORM_PROVIDER",
    description: "hosting",
    inherits: [],
  },
  {
    id: "luma",
    name: "Luma Health",
    role: "SERVICE_PROVIDER",
    description: "service",
    inherits: [
      {
        from: "aptible",
        agreement: null,
        agreementNote: "No document names an agreement between Luma Health and Aptible.",
        sources: [intro("para 1")],
        riskSources: [],
      },
    ],
  },
  {
    id: "customer",
    name: "Customer (template)",
    role: "COVERED_ENTITY",
    description: "clinic",
    inherits: [
      {
        from: "luma",
        agreement: "Luma HIPAA Business Associate Agreement",
        agreementNote: null,
        sources: [intro("para 2")],
        riskSources: [intro("para 2, sentence 4")],
      },
    ],
  },
];

export function toShape(r: Resolution): AnswerShape {
  return {
    status: r.status,
    owners: r.owners,
    riskBearers: r.riskBearers,
    operators: r.operators,
    controls: r.controls,
    policies: r.policies,
    obligations: r.obligations,
    chain: r.chain.map((s) => ({ party: s.party, from: s.from })),
    condition: r.condition ? { capability: r.condition.capability.id } : null,
    claims: r.claims.map((c) => ({
      ...c,
      bases: c.bases.map((b) => ({
        kind: b.kind,
        source: b.kind === "STATEMENT" ? b.source : null,
        rule: b.kind === "RULE" ? b.rule : null,
        reading: b.kind === "READING" ? b.reading : null,
      })),
    })),
    explanation: r.explanation,
  };
}
