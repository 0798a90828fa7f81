// Answers inheritance questions: one Cypher round trip for the facts, the pure rules for the answer.
import type { Public } from "../../db/repository.js";
import { badInput, notFound } from "../../errors.js";
import { compareCitations } from "../../citations/sort-key.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import { FRAMEWORKS, STATUSES, type Responsibility } from "../../vocabulary.js";
import type { Obligation, Party, RequirementKind } from "../common/common.types.js";
import type { RequirementRepository } from "../requirement/requirement.repository.js";
import { RULES } from "./domain-rules.js";
import { joinControls, joinObligations, mergeCitingPolicies } from "./inheritance.facts.js";
import type {
  Claim,
  ConditionAnswer,
  Inheritance,
  InheritanceStep,
  MatrixRow,
  ResponsibilityMatrix,
} from "./inheritance.type.js";
import type { InheritanceRepository, PartyRow } from "./inheritance.repository.js";
import {
  resolveInheritance,
  type PartyId,
  type RequirementFacts,
  type Resolution,
} from "./inheritance.rules.js";

export { FRAMEWORKS };
export const PRIMARY_VERSION = "2021-03";

export interface FactsResult {
  customerName: string | null;
  parties: Map<string, PartyRow>;
  answers: Array<{ facts: RequirementFacts; resolution: Resolution }>;
}

export class InheritanceService {
  constructor(
    private readonly repo: Public<InheritanceRepository>,
    private readonly requirements: Public<RequirementRepository>,
  ) {}

  async inheritance(rule: string, customer: string | null): Promise<Inheritance> {
    const canonical = canonicalCitation("rule", rule);
    const result = await this.facts({ ids: [canonical], framework: null, customer, operates: false });
    const answer = result.answers[0];
    if (!answer) throw unknownCitation(await this.requirements.knownCitations(), "rule", rule, canonical);
    return toInheritance(answer.facts, answer.resolution, result.parties, customer);
  }

  async responsibilityMatrix(customer: string | null, framework: string): Promise<ResponsibilityMatrix> {
    const fw = framework.trim().toUpperCase();
    if (!(FRAMEWORKS as readonly string[]).includes(fw)) {
      throw badInput(`framework: "${framework}" is not one of ${FRAMEWORKS.join(", ")}`, {
        argument: "framework",
      });
    }
    const result = await this.facts({ ids: null, framework: fw, customer, operates: false });
    const rows = result.answers
      .sort((a, b) => compareCitations(a.facts.requirement.citation, b.facts.requirement.citation))
      .map(({ facts, resolution }) => toMatrixRow(facts, resolution, result.parties));
    return {
      framework: fw,
      customer,
      customerName: result.customerName,
      rows,
      totals: STATUSES.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
    };
  }

  /**
   * Answers for every requirement of every framework, the template's (the party view) or a customer's
   * (gaps). `operates`: fill each party's list of the controls it operates.
   */
  async resolveAll(customer: string | null, options: { operates: boolean }): Promise<FactsResult> {
    return this.facts({ ids: null, framework: null, customer, operates: options.operates });
  }

  private async facts(params: {
    ids: string[] | null;
    framework: string | null;
    customer: string | null;
    operates: boolean;
  }): Promise<FactsResult> {
    const row = await this.repo.findRequirementFacts({
      ...params,
      version: PRIMARY_VERSION,
    });
    if (params.customer !== null && row?.customerFound !== true) {
      throw notFound(`customer: no customer "${params.customer}"`, { argument: "customer" });
    }
    const partyRows = row?.parties ?? [];
    const parties = new Map(partyRows.map((p) => [p.id, p]));
    const customerUses = params.customer === null ? null : (row?.customerUses ?? []);
    const customerName = row?.customerName ?? null;
    const controls = row?.controls ?? [];
    const obligations = row?.obligations ?? [];
    const answers = (row?.facts ?? []).map((found) => {
      const facts: RequirementFacts = {
        ...found,
        controls: joinControls(found.controls, controls),
        obligations: joinObligations(found.obligations, obligations),
        policies: mergeCitingPolicies(found.policies),
        parties: partyRows,
        customerUses,
        customerName,
      };
      return { facts, resolution: resolveInheritance(facts) };
    });
    return { customerName, parties, answers };
  }
}

function party(parties: Map<string, PartyRow>, id: PartyId): Party {
  const p = parties.get(id);
  return p
    ? { id: p.id, name: p.name, role: p.role, description: p.description }
    : { id, name: id, role: "", description: "" };
}

export function requirementRef(facts: RequirementFacts) {
  const r = facts.requirement;
  return { citation: r.citation, title: r.title, framework: r.framework, kind: r.kind as RequirementKind };
}

const obligations = (r: Resolution): Obligation[] => r.obligations.map((o) => ({ ...o }));

function condition(r: Resolution): ConditionAnswer | null {
  if (!r.condition) return null;
  const { capability, used, interpretation } = r.condition;
  return {
    capabilityId: capability.id,
    capability: capability.name,
    description: capability.description,
    used,
    interpretation,
  };
}

const claims = (r: Resolution): Claim[] =>
  r.claims.map((c) => ({
    ...c,
    bases: c.bases.map((b) => ({
      kind: b.kind,
      source: b.kind === "STATEMENT" ? b.source : null,
      rule: b.kind === "RULE" ? { id: b.rule, text: RULES[b.rule] } : null,
      reading: b.kind === "READING" ? b.reading : null,
      capability: b.kind === "CUSTOMER_CHOICE" ? b.capability.id : null,
      used: b.kind === "CUSTOMER_CHOICE" ? b.used : null,
    })),
  }));

/** The parts every view of one answer shares: the answer itself and its matrix row. */
function shared(r: Resolution, parties: Map<string, PartyRow>) {
  const toParties = (ids: PartyId[]) => ids.map((id) => party(parties, id));
  return {
    status: r.status,
    basis: r.basis,
    owners: toParties(r.owners),
    riskBearers: toParties(r.riskBearers),
    operators: toParties(r.operators),
    responsibilities: r.responsibilities.map((x) => ({
      party: party(parties, x.party),
      responsibility: x.responsibility,
    })),
    controls: r.controls,
    policies: r.policies,
    obligations: obligations(r),
    condition: condition(r),
    claims: claims(r),
  };
}

function toInheritance(
  facts: RequirementFacts,
  r: Resolution,
  parties: Map<string, PartyRow>,
  customer: string | null,
): Inheritance {
  const chain: InheritanceStep[] = r.chain.map((step) => ({
    party: party(parties, step.party),
    inheritsFrom: step.from ? party(parties, step.from) : null,
    agreement: step.agreement,
    agreementNote: step.agreementNote,
    controls: step.controls,
  }));
  return {
    requirement: requirementRef(facts),
    ...shared(r, parties),
    rows: facts.rows,
    chain,
    sources: r.sources,
    explanation: r.explanation,
    related: facts.related.map((l) => ({
      policies: l.policies.map(({ number, title, version }) => ({ number, title, version })),
      requirement: { ...l.requirement, kind: l.requirement.kind as RequirementKind },
    })),
    customer,
  };
}

/** The responsibility of the party with this role in the chain (the deprecated per-party columns). */
function byRole(r: Resolution, parties: Map<string, PartyRow>, roles: string[]): Responsibility {
  const found = r.responsibilities.find((x) => roles.includes(parties.get(x.party)?.role ?? ""));
  return found?.responsibility ?? "NONE";
}

function toMatrixRow(facts: RequirementFacts, r: Resolution, parties: Map<string, PartyRow>): MatrixRow {
  return {
    requirement: requirementRef(facts),
    ...shared(r, parties),
    aptible: byRole(r, parties, ["PLATFORM_PROVIDER"]),
    luma: byRole(r, parties, ["SERVICE_PROVIDER"]),
    customer: byRole(r, parties, ["COVERED_ENTITY"]),
  };
}
