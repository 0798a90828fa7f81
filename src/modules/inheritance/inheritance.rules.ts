// The rules of ../shared/DOMAIN.md as one pure function: from the facts the graph holds about a
// requirement (its inheritance rows, the controls and who operates them, the obligations, the
// customer's choices) to who owns it, who operates it and who carries the risk. No I/O here, so the
// rules are unit-tested directly and the single query and the matrix share them.

export type Status = "INHERITED" | "SHARED" | "NOT_INHERITED" | "CONDITIONAL";
export type PartyId = "aptible" | "luma" | "customer";
export type Responsibility = "OWNS" | "SHARES" | "OPERATES" | "INHERITS" | "CONDITIONAL" | "NONE";
/** Where the status came from: the requirement's own row, its standard's row, the HIPAA rules a HITRUST control relates to, or no row at all. */
export type StatusBasis = "OWN_ROW" | "STANDARD_ROW" | "RELATED_HIPAA" | "NO_ROW";

export interface SourceRef {
  document: string;
  section: string;
  version: string | null;
}
export interface PolicyRef {
  number: number;
  title: string;
  version: string;
}
export interface CapabilityRef {
  id: string;
  name: string;
  description: string;
}
export interface RowFacts {
  uid: string;
  row: number;
  table: string;
  status: Status;
  ruleAsWritten: string;
  inheritedAsWritten: string;
  notes: string[];
  /** The requirement the row covers (the requirement itself, its standard, or a related HIPAA rule). */
  covers: string;
  policies: PolicyRef[];
  capability: CapabilityRef | null;
  source: SourceRef;
}
export interface ControlRef {
  id: string;
  name: string;
  operator: PartyId;
}
export interface ControlFacts {
  id: string;
  name: string;
  operator: PartyId;
  /** The controls this one relies on, at any depth (a Luma control relying on Aptible's). */
  reliesOn: ControlRef[];
  policy: PolicyRef | null;
  sources: SourceRef[];
}
export interface ObligationFacts {
  id: string;
  action: string;
  basis: string;
  unlessUses: string | null;
  ifUses: string | null;
  source: SourceRef;
}
export interface RequirementFacts {
  requirement: {
    uid: string;
    citation: string;
    title: string;
    framework: string;
    kind: string;
    standard: string | null;
  };
  rows: RowFacts[];
  controls: ControlFacts[];
  policies: PolicyRef[];
  obligations: ObligationFacts[];
  /** For HITRUST controls: the HIPAA rules the derived RELATES_TO links point at, with the policies behind each. */
  related: Array<{
    requirement: { citation: string; title: string; framework: string; kind: string };
    policies: PolicyRef[];
  }>;
  /** The customer's capabilities, or null when answering for the template. */
  customerUses: string[] | null;
  customerName: string | null;
}

export interface ConditionResolution {
  capability: CapabilityRef;
  /** null for the template: it depends on the customer's choice. */
  used: boolean | null;
}

export interface Step {
  party: PartyId;
  from: PartyId | null;
  controls: ControlRef[];
}

export interface Resolution {
  status: Status;
  basis: StatusBasis;
  /** The statuses of the rows behind the answer (several for a HITRUST control). */
  rowStatuses: Status[];
  condition: ConditionResolution | null;
  owners: PartyId[];
  riskBearers: PartyId[];
  operators: PartyId[];
  responsibility: Record<PartyId, Responsibility>;
  chain: Step[];
  controls: ControlRef[];
  obligations: ObligationFacts[];
  policies: PolicyRef[];
  sources: SourceRef[];
  explanation: string;
}

const PARTY_ORDER: PartyId[] = ["aptible", "luma", "customer"];

export function resolveInheritance(facts: RequirementFacts): Resolution {
  const basis = statusBasis(facts);
  const rowStatuses = [...new Set(facts.rows.map((r) => r.status))];
  const uses = facts.customerUses;
  // Each CONDITIONAL row is resolved by its own capability; the template keeps it open.
  const status = combine(
    facts.rows.map((r) =>
      r.status === "CONDITIONAL" && r.capability && uses !== null
        ? uses.includes(r.capability.id)
          ? "INHERITED"
          : "NOT_INHERITED"
        : r.status,
    ),
  );
  const conditional = facts.rows.find((r) => r.status === "CONDITIONAL" && r.capability);
  const condition: ConditionResolution | null = conditional?.capability
    ? {
        capability: conditional.capability,
        used: uses === null ? null : uses.includes(conditional.capability.id),
      }
    : null;

  const obligations = facts.obligations.filter((o) => obligationApplies(o, uses));
  const providerControls = facts.controls.filter((c) => c.operator !== "customer");
  const lumaControls = providerControls.filter((c) => c.operator === "luma");
  // Aptible's part: the controls it runs here, and those Luma's controls rely on (at any depth).
  const aptibleControls = uniqueBy(
    [
      ...providerControls.filter((c) => c.operator === "aptible"),
      ...lumaControls.flatMap((c) => c.reliesOn).filter((c) => c.operator === "aptible"),
    ].map(ref),
    (c) => c.id,
  );
  const aptibleOperates = aptibleControls.length > 0;

  const lumaInvolved = status === "INHERITED" || status === "SHARED" || status === "CONDITIONAL";
  const customerInvolved = status !== "INHERITED";
  const owners = PARTY_ORDER.filter(
    (p) => (p === "luma" && lumaInvolved) || (p === "customer" && customerInvolved),
  );
  const operators = PARTY_ORDER.filter(
    (p) =>
      (p === "aptible" && lumaInvolved && aptibleOperates) ||
      (p === "luma" && lumaInvolved) ||
      (p === "customer" && customerInvolved),
  );

  const chain: Step[] = [];
  if (lumaInvolved) {
    chain.push({ party: "customer", from: "luma", controls: lumaControls.map(ref) });
    if (aptibleOperates) chain.push({ party: "luma", from: "aptible", controls: aptibleControls });
  } else {
    chain.push({ party: "customer", from: null, controls: [] });
  }

  // A HITRUST control's policies are those citing it; its related rules' rows list their own.
  const rowPolicies = basis === "RELATED_HIPAA" ? [] : facts.rows.flatMap((r) => r.policies);
  const policies = uniqueBy([...rowPolicies, ...facts.policies], (p) => `${p.version}:${p.number}`).sort(
    (a, b) => a.number - b.number,
  );
  const sources = uniqueBy(
    [
      ...facts.rows.map((r) => r.source),
      ...(lumaInvolved ? providerControls.flatMap((c) => c.sources) : []),
      ...obligations.map((o) => o.source),
    ],
    (s) => `${s.version}|${s.document}|${s.section}`,
  );

  return {
    status,
    basis,
    rowStatuses,
    condition,
    owners,
    riskBearers: owners,
    operators,
    responsibility: responsibilities(status, aptibleOperates),
    chain,
    controls: lumaInvolved ? uniqueBy([...lumaControls.map(ref), ...aptibleControls], (c) => c.id) : [],
    obligations,
    policies,
    sources,
    explanation: explain(facts, { status, basis, condition, aptibleOperates, obligations, policies }),
  };
}

function statusBasis(facts: RequirementFacts): StatusBasis {
  if (facts.rows.length === 0) return "NO_ROW";
  if (facts.requirement.framework === "HITRUST") return "RELATED_HIPAA";
  return facts.rows.some((r) => r.covers === facts.requirement.uid) ? "OWN_ROW" : "STANDARD_ROW";
}

/**
 * No row: nobody has taken it over, so it stays with the customer (and is a finding). Several rows
 * (a HITRUST control related to several HIPAA rules): one status if they agree, else SHARED.
 */
function combine(statuses: Status[]): Status {
  const distinct = [...new Set(statuses)];
  if (distinct.length === 0) return "NOT_INHERITED";
  return distinct.length === 1 ? (distinct[0] as Status) : "SHARED";
}

/**
 * Obligations are written for the requirements they list, so only the customer's choices filter them:
 * one that lapses with a capability, or applies only with it. The template lists them all.
 */
function obligationApplies(o: ObligationFacts, uses: string[] | null): boolean {
  if (uses === null) return true;
  if (o.unlessUses && uses.includes(o.unlessUses)) return false;
  if (o.ifUses && !uses.includes(o.ifUses)) return false;
  return true;
}

const ref = (c: ControlRef): ControlRef => ({ id: c.id, name: c.name, operator: c.operator });

function responsibilities(status: Status, aptibleOperates: boolean): Record<PartyId, Responsibility> {
  const aptible: Responsibility = status !== "NOT_INHERITED" && aptibleOperates ? "OPERATES" : "NONE";
  switch (status) {
    case "INHERITED":
      return { aptible, luma: "OWNS", customer: "INHERITS" };
    case "SHARED":
      return { aptible, luma: "SHARES", customer: "SHARES" };
    case "CONDITIONAL":
      return { aptible, luma: "CONDITIONAL", customer: "CONDITIONAL" };
    case "NOT_INHERITED":
      return { aptible: "NONE", luma: "NONE", customer: "OWNS" };
  }
}

function explain(
  facts: RequirementFacts,
  r: {
    status: Status;
    basis: StatusBasis;
    condition: ConditionResolution | null;
    aptibleOperates: boolean;
    obligations: ObligationFacts[];
    policies: PolicyRef[];
  },
): string {
  const req = facts.requirement;
  const who = facts.customerName ?? "the customer";
  const name = `${req.citation} (${req.title})`;
  const policyList = r.policies.length
    ? ` through ${listText(r.policies.map((p) => `${p.title} (policy ${p.number})`))}`
    : "";
  const basisText: Record<StatusBasis, string> = {
    OWN_ROW: "according to Luma's HIPAA inheritance table",
    STANDARD_ROW: `as its standard ${req.standard ?? ""} is, according to Luma's HIPAA inheritance table`,
    RELATED_HIPAA: `through the HIPAA rules that the same Luma policies cite (${listText(facts.related.map((l) => l.requirement.citation))}); this is a derived link, not an official HITRUST mapping`,
    NO_ROW: "because Luma's HIPAA inheritance table has no row for it, so nothing is inherited",
  };
  const sentences: string[] = [];
  switch (r.status) {
    case "INHERITED":
      sentences.push(
        `${name} is inherited by ${who} ${basisText[r.basis]}: Luma owns it and carries its risk${policyList}.`,
      );
      break;
    case "SHARED":
      sentences.push(
        `${name} is shared ${basisText[r.basis]}: Luma answers for its part${policyList}, and ${who} owns and carries the risk of the rest.`,
      );
      break;
    case "NOT_INHERITED":
      sentences.push(`${name} is not inherited ${basisText[r.basis]}: ${who} owns it and carries its risk.`);
      break;
    case "CONDITIONAL":
      sentences.push(
        `${name} is inherited only if the customer uses ${r.condition?.capability.name ?? "an optional capability"} ${basisText[r.basis]}: then Luma owns it and carries its risk${policyList}; otherwise the customer does.`,
      );
      break;
  }
  // Only a single-row answer can say the choice decided it; several rows are combined above.
  if (r.condition && r.condition.used !== null && r.basis !== "RELATED_HIPAA") {
    sentences.push(
      `${facts.customerName ?? "This customer"} ${r.condition.used ? "uses" : "does not use"} ${r.condition.capability.name}, so it is ${r.condition.used ? "inherited" : "not inherited"}.`,
    );
  }
  if (r.aptibleOperates && r.status !== "NOT_INHERITED") {
    sentences.push(
      "Aptible, Luma's hosting provider, operates part of the controls for Luma, while Luma stays accountable to the customer.",
    );
  }
  if (r.obligations.length > 0) {
    sentences.push(
      `${capitalise(who)} has ${r.obligations.length} obligation${r.obligations.length > 1 ? "s" : ""} left for it.`,
    );
  }
  return sentences.join(" ");
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
