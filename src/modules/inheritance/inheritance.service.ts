// Answers inheritance questions: one Cypher round trip for the facts, the pure rules for the answer.
import type { Database } from "../../db/database.js";
import { badInput, notFound } from "../../errors.js";
import { compareCitations } from "../../citations/sort-key.js";
import { canonicalCitation, unknownCitation } from "../common/citation-input.js";
import type {
  ControlRef,
  InheritanceStatus,
  Obligation,
  Party,
  RequirementKind,
} from "../common/common.types.js";
import type { Inheritance, InheritanceStep, MatrixRow, ResponsibilityMatrix } from "./inheritance.type.js";
import {
  resolveInheritance,
  type PartyId,
  type RequirementFacts,
  type Resolution,
  type Status,
} from "./inheritance.rules.js";

export const FRAMEWORKS = ["HIPAA", "HITECH", "HITRUST"] as const;
export const PRIMARY_VERSION = "2021-03";
const STATUSES: Status[] = ["INHERITED", "SHARED", "NOT_INHERITED", "CONDITIONAL"];

export interface PartyRow extends Party {
  inheritsFrom: string | null;
  agreement: string | null;
  /** Every control it operates in the policy-set version, whatever the requirements' statuses (resolveAll only). */
  operates: ControlRef[];
}

export interface FactsResult {
  customerName: string | null;
  parties: Map<string, PartyRow>;
  answers: Array<{ facts: RequirementFacts; resolution: Resolution }>;
}

export class InheritanceService {
  constructor(private readonly db: Database) {}

  async inheritance(rule: string, customer: string | null): Promise<Inheritance> {
    const canonical = canonicalCitation("rule", rule);
    const result = await this.facts({
      ids: [canonical],
      framework: null,
      customer,
      brief: false,
      operates: false,
    });
    const answer = result.answers[0];
    if (!answer) throw await unknownCitation(this.db, "rule", rule, canonical);
    return toInheritance(answer.facts, answer.resolution, result.parties, customer);
  }

  async responsibilityMatrix(customer: string | null, framework: string): Promise<ResponsibilityMatrix> {
    const fw = framework.trim().toUpperCase();
    if (!(FRAMEWORKS as readonly string[]).includes(fw)) {
      throw badInput(`framework: "${framework}" is not one of ${FRAMEWORKS.join(", ")}`, {
        argument: "framework",
      });
    }
    const result = await this.facts({ ids: null, framework: fw, customer, brief: true, operates: false });
    const rows = result.answers
      .sort((a, b) => compareCitations(a.facts.requirement.citation, b.facts.requirement.citation))
      .map(({ facts, resolution }) => toMatrixRow(facts, resolution, result.parties));
    return {
      framework: fw,
      customer,
      customerName: result.customerName,
      rows,
      totals: STATUSES.map((status) => ({
        status: status as InheritanceStatus,
        count: rows.filter((r) => (r.status as string) === status).length,
      })),
    };
  }

  /**
   * Answers for every requirement of every framework, the template's (the party view) or a customer's
   * (gaps); brief: controls come without their sources. `operates`: fill each party's list
   * of the controls it operates.
   */
  async resolveAll(customer: string | null, options: { operates: boolean }): Promise<FactsResult> {
    return this.facts({ ids: null, framework: null, customer, brief: true, operates: options.operates });
  }

  /**
   * `brief`: without control sources, which only a single answer shows; `operates`:
   * with every control each party operates, which only the party view shows.
   */
  private async facts(params: {
    ids: string[] | null;
    framework: string | null;
    customer: string | null;
    brief: boolean;
    operates: boolean;
  }): Promise<FactsResult> {
    const [row] = await this.db.read("inheritance/requirement-facts", {
      ...params,
      version: PRIMARY_VERSION,
    });
    if (params.customer !== null && row?.customerFound !== true) {
      throw notFound(`customer: no customer "${params.customer}"`, { argument: "customer" });
    }
    const parties = new Map(((row?.parties ?? []) as PartyRow[]).map((p) => [p.id, p]));
    const customerUses = params.customer === null ? null : ((row?.customerUses ?? []) as string[]);
    const customerName = (row?.customerName as string | null | undefined) ?? null;
    const answers = (
      (row?.facts ?? []) as Array<Omit<RequirementFacts, "customerUses" | "customerName">>
    ).map((found) => {
      const facts = { ...found, customerUses, customerName };
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

function condition(r: Resolution) {
  if (!r.condition) return null;
  const { capability, used } = r.condition;
  return {
    capabilityId: capability.id,
    capability: capability.name,
    description: capability.description,
    used,
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
    agreement: step.from ? (parties.get(step.party)?.agreement ?? null) : null,
    controls: step.controls,
  }));
  return {
    requirement: requirementRef(facts),
    status: r.status as InheritanceStatus,
    basis: r.basis as Inheritance["basis"],
    rows: facts.rows.map((row) => ({ ...row, status: row.status as InheritanceStatus })),
    condition: condition(r),
    owners: r.owners.map((id) => party(parties, id)),
    riskBearers: r.riskBearers.map((id) => party(parties, id)),
    operators: r.operators.map((id) => party(parties, id)),
    chain,
    policies: r.policies,
    controls: r.controls,
    obligations: obligations(r),
    sources: r.sources,
    explanation: r.explanation,
    related: facts.related.map((l) => ({
      ...l,
      requirement: { ...l.requirement, kind: l.requirement.kind as RequirementKind },
    })),
    customer,
  };
}

function toMatrixRow(facts: RequirementFacts, r: Resolution, parties: Map<string, PartyRow>): MatrixRow {
  return {
    requirement: requirementRef(facts),
    status: r.status as InheritanceStatus,
    basis: r.basis as MatrixRow["basis"],
    aptible: r.responsibility.aptible as MatrixRow["aptible"],
    luma: r.responsibility.luma as MatrixRow["luma"],
    customer: r.responsibility.customer as MatrixRow["customer"],
    riskBearers: r.riskBearers.map((id) => party(parties, id)),
    policies: r.policies,
    obligations: obligations(r),
    condition: condition(r),
  };
}
