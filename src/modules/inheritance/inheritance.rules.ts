// The rules of docs/domain.md as pure functions: from the facts the graph holds about a requirement
// (its inheritance rows, the controls that satisfy it and who operates them, the obligations, the
// parties and the chain between them, the customer's choices) to who owns it, who operates it and who
// carries the risk. Every part of the answer is a claim with its basis: the statements of the
// documents that say it, a named rule of docs/domain.md that derives it, or the project's recorded
// reading; the explanation is written from the claims alone. No I/O here, so the rules are
// unit-tested directly and every view of a requirement (the answer, the matrix row, the party view)
// is computed by the same code.
import { RULES, type RuleId } from "./domain-rules.js";

import type {
  ClaimAbout,
  ControlVia,
  PartyRole,
  Responsibility,
  Status,
  StatusBasis,
} from "../../vocabulary.js";

export type { ClaimAbout, ControlVia, PartyRole, Responsibility, Status, StatusBasis };
/** A party id from the seed (no party is known to the code by name). */
export type PartyId = string;

export interface SourceRef {
  document: string;
  section: string;
  version: string | null;
  /** Where in the section; null where the seed does not say. */
  locator: string | null;
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
/** A reading the documents leave open, recorded as the project's (never presented as a document's). */
export interface Reading {
  id: string;
  question: string;
  reading: string;
  reasoning: string;
  alternative: string | null;
  sources: SourceRef[];
  /** A document that makes the option a duty (a finding), shown to customers who do not take it. */
  tension?: { note: string; sources: SourceRef[] } | null;
}
export interface PartyFacts {
  id: PartyId;
  name: string;
  role: PartyRole;
  description: string;
  /** The providers this party inherits from (any number: hosting, backups, ...). */
  inherits: InheritStep[];
}
export interface InheritStep {
  from: PartyId;
  /** The agreement the documents name for the step; null where none is named. */
  agreement: string | null;
  /** What the documents leave unsaid about the step ("no document names an agreement ..."). */
  agreementNote: string | null;
  /** The statements that establish the step (who uses whom, who signs what). */
  sources: SourceRef[];
  /** The statements that say the provider assumes the risk of what it manages (customer step only). */
  riskSources: SourceRef[];
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
  /** For a row whose condition the table does not name: the project's reading of it. */
  interpretation: Reading | null;
  source: SourceRef;
}
export interface ControlRef {
  id: string;
  name: string;
  operator: PartyId;
}
export interface ReliedControl extends ControlRef {
  /** The controls that rely on it directly (the one in scope, or one on the way to it). */
  by: string[];
  sources: SourceRef[];
}
export interface ControlFacts {
  id: string;
  name: string;
  operator: PartyId;
  /** Which requirement in scope it satisfies, and how that requirement stands to the one asked. */
  via: Exclude<ControlVia, "RELIANCE">;
  satisfies: string;
  /** The controls this one relies on, at any depth (a Luma control relying on Aptible's). */
  reliesOn: ReliedControl[];
  policy: PolicyRef | null;
  sources: SourceRef[];
}
/** A policy whose Applicable Standards list cites the requirement (or its standard or specifications). */
export interface CitingPolicy extends PolicyRef {
  /** The requirements of the scope its Applicable Standards list (the one asked, its standard, ...). */
  cites: string[];
  sources: SourceRef[];
}
export interface ObligationFacts {
  id: string;
  action: string;
  basis: string;
  unlessUses: string | null;
  ifUses: string | null;
  /** The project's reading behind the wording, where the source does not say it in so many words. */
  reading: { reasoning: string; alternative: string | null } | null;
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
  policies: CitingPolicy[];
  obligations: ObligationFacts[];
  /** For HITRUST controls: the HIPAA rules the derived RELATES_TO links point at, with the policies behind each. */
  related: Array<{
    requirement: { citation: string; title: string; framework: string; kind: string };
    policies: CitingPolicy[];
  }>;
  /** Every party of the policy set, with the chain between them. */
  parties: PartyFacts[];
  /** The customer's capabilities, or null when answering for the template. */
  customerUses: string[] | null;
  customerName: string | null;
}

export type Basis =
  | { kind: "STATEMENT"; source: SourceRef }
  | { kind: "RULE"; rule: RuleId }
  | { kind: "READING"; reading: Reading }
  | { kind: "CUSTOMER_CHOICE"; capability: CapabilityRef; used: boolean };

export interface Claim {
  about: ClaimAbout;
  /** What the claim is about: a party id, a control id, a policy number, an obligation id, a capability id, a citation. */
  subject: string;
  /** The claim in one sentence; it names no document its bases do not hold. */
  sentence: string;
  bases: Basis[];
}

export interface ConditionResolution {
  capability: CapabilityRef;
  /** null for the template: it depends on the customer's choice. */
  used: boolean | null;
  interpretation: Reading | null;
}

export interface Step {
  party: PartyId;
  from: PartyId | null;
  agreement: string | null;
  agreementNote: string | null;
  controls: ControlRef[];
}

export interface AnswerControl extends ControlRef {
  via: ControlVia;
  /** For a control reached by reliance: the controls of the answer that rely on it. */
  reliedOnBy: string[];
  sources: SourceRef[];
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
  /** Each party's part, in chain order (the farthest provider first, the customer last). */
  responsibilities: Array<{ party: PartyId; responsibility: Responsibility }>;
  chain: Step[];
  controls: AnswerControl[];
  obligations: ObligationFacts[];
  policies: PolicyRef[];
  sources: SourceRef[];
  claims: Claim[];
  explanation: string;
}

/** The parties of an answer in chain order: the customer, the provider it inherits from, and on up. */
export interface Chain {
  customer: PartyFacts;
  /** The party the customer inherits from (Luma), or null when the seed names none. */
  provider: PartyFacts | null;
  /** Every party, farthest provider first, customer last; parties outside the chain after it. */
  ordered: PartyFacts[];
  /** The chain alone, customer first, then breadth first up through the providers. */
  upward: PartyFacts[];
}

export function chainOf(parties: PartyFacts[]): Chain {
  const customer = parties.find((p) => p.role === "COVERED_ENTITY");
  if (!customer) throw new Error("the seed names no covered entity among the parties");
  const byId = new Map(parties.map((p) => [p.id, p]));
  const upward: PartyFacts[] = [customer];
  // Breadth first from the customer: its provider, then the providers each of those relies on.
  for (let i = 0; i < upward.length; i++) {
    for (const step of upward[i]?.inherits ?? []) {
      const next = byId.get(step.from);
      if (next && !upward.includes(next)) upward.push(next);
    }
  }
  const first = customer.inherits[0];
  const provider = first ? (byId.get(first.from) ?? null) : null;
  const rest = parties.filter((p) => !upward.includes(p)).sort((a, b) => a.id.localeCompare(b.id));
  return { customer, provider, ordered: [...[...upward].reverse(), ...rest], upward };
}

export function resolveInheritance(facts: RequirementFacts): Resolution {
  const chain = chainOf(facts.parties);
  // The customer is named as the answer's customer; every other party by its name in the seed.
  const name = (id: PartyId) =>
    id === chain.customer.id
      ? (facts.customerName ?? "the customer")
      : (facts.parties.find((p) => p.id === id)?.name ?? id);
  const order = (ids: Iterable<PartyId>) => {
    const set = new Set(ids);
    return chain.ordered.map((p) => p.id).filter((id) => set.has(id));
  };
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
  const conditionalRow = facts.rows.find((r) => r.status === "CONDITIONAL" && r.capability);
  const condition: ConditionResolution | null = conditionalRow?.capability
    ? {
        capability: conditionalRow.capability,
        used: uses === null ? null : uses.includes(conditionalRow.capability.id),
        interpretation: conditionalRow.interpretation,
      }
    : null;

  // Ownership and risk follow the status; the provider is the party the customer inherits from.
  const provider = chain.provider?.id ?? null;
  const providerOwns = provider !== null && status !== "NOT_INHERITED";
  const customerOwns = status !== "INHERITED" || provider === null;
  const owners = order([
    ...(providerOwns && provider ? [provider] : []),
    ...(customerOwns ? [chain.customer.id] : []),
  ]);

  // Operation follows the controls, whatever the status.
  const controls = answerControls(facts.controls);
  const operators = order(controls.map((c) => c.operator));
  const obligations = facts.obligations.filter((o) => obligationApplies(o, uses));

  const steps = chainSteps(chain, controls, providerOwns);
  const responsibilities = chain.ordered.map((p) => ({
    party: p.id,
    responsibility: responsibilityOf(p.id, { status, owners, operators, customer: chain.customer.id }),
  }));

  // The row's policies are the table's; a HITRUST control's rows are its related rules', not its own.
  const rowPolicies = basis === "RELATED_HIPAA" ? [] : facts.rows.flatMap((r) => r.policies);
  const policies = uniqueBy(
    [...rowPolicies, ...facts.policies.map(policyRef)],
    (p) => `${p.version}:${p.number}`,
  ).sort((a, b) => a.number - b.number);

  const claims = makeClaims(facts, {
    basis,
    status,
    condition,
    owners,
    operators,
    controls,
    steps,
    obligations,
    chain,
    rowStatuses,
    name,
  });
  const sources = uniqueBy(
    claims.flatMap((c) => c.bases.flatMap((b) => (b.kind === "STATEMENT" ? [b.source] : []))),
    sourceKey,
  );

  return {
    status,
    basis,
    rowStatuses,
    condition,
    owners,
    riskBearers: owners,
    operators,
    responsibilities,
    chain: steps,
    controls,
    obligations,
    policies,
    sources,
    claims,
    explanation: explain(claims),
  };
}

function statusBasis(facts: RequirementFacts): StatusBasis {
  if (facts.rows.length === 0) return "NO_ROW";
  if (facts.requirement.framework === "HITRUST") return "RELATED_HIPAA";
  return facts.rows.some((r) => r.covers === facts.requirement.citation) ? "OWN_ROW" : "STANDARD_ROW";
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

/** The controls of the scope, then the controls they rely on (any depth), each once. */
export function answerControls(scope: ControlFacts[]): AnswerControl[] {
  const controls = new Map<string, AnswerControl>();
  for (const c of scope) {
    if (!controls.has(c.id)) {
      controls.set(c.id, {
        id: c.id,
        name: c.name,
        operator: c.operator,
        via: c.via,
        reliedOnBy: [],
        sources: c.sources,
      });
    }
  }
  // Reliances at any depth, each recorded against the controls that rely on it directly, also where
  // the relied-on control serves the requirement itself.
  for (const c of scope) {
    for (const o of c.reliesOn) {
      const known =
        controls.get(o.id) ??
        controls
          .set(o.id, {
            id: o.id,
            name: o.name,
            operator: o.operator,
            via: "RELIANCE",
            reliedOnBy: [],
            sources: o.sources,
          })
          .get(o.id);
      for (const by of o.by) if (known && !known.reliedOnBy.includes(by)) known.reliedOnBy.push(by);
    }
  }
  return [...controls.values()];
}

/**
 * The chain as far as this answer goes: the customer inherits from its provider where the provider
 * owns a part; each provider further up is a step where it runs controls of the answer.
 */
function chainSteps(chain: Chain, controls: AnswerControl[], providerOwns: boolean): Step[] {
  const refs = (party: PartyId) => controls.filter((c) => c.operator === party).map(ref);
  const steps: Step[] = [];
  const customer = chain.customer;
  const toProvider = customer.inherits.find((s) => s.from === chain.provider?.id);
  if (providerOwns && toProvider) {
    steps.push({
      party: customer.id,
      from: toProvider.from,
      agreement: toProvider.agreement,
      agreementNote: toProvider.agreementNote,
      controls: refs(toProvider.from),
    });
  } else {
    steps.push({ party: customer.id, from: null, agreement: null, agreementNote: null, controls: [] });
  }
  for (const p of chain.upward.slice(1)) {
    for (const { from, agreement, agreementNote } of p.inherits) {
      if (!controls.some((c) => c.operator === from)) continue;
      steps.push({ party: p.id, from, agreement, agreementNote, controls: refs(from) });
    }
  }
  return steps;
}

function responsibilityOf(
  party: PartyId,
  a: { status: Status; owners: PartyId[]; operators: PartyId[]; customer: PartyId },
): Responsibility {
  if (a.owners.includes(party)) {
    if (a.status === "CONDITIONAL") return "CONDITIONAL";
    if (a.status === "SHARED") return "SHARES";
    return "OWNS";
  }
  if (party === a.customer && a.status === "INHERITED") return "INHERITS";
  return a.operators.includes(party) ? "OPERATES" : "NONE";
}

const ref = (c: ControlRef): ControlRef => ({ id: c.id, name: c.name, operator: c.operator });
const policyRef = (p: PolicyRef): PolicyRef => ({ number: p.number, title: p.title, version: p.version });

// --- claims -------------------------------------------------------------------------------------

interface ClaimInput {
  basis: StatusBasis;
  status: Status;
  condition: ConditionResolution | null;
  owners: PartyId[];
  operators: PartyId[];
  controls: AnswerControl[];
  steps: Step[];
  obligations: ObligationFacts[];
  chain: Chain;
  rowStatuses: Status[];
  name: (id: PartyId) => string;
}

const statement = (source: SourceRef): Basis => ({ kind: "STATEMENT", source });
const rule = (id: RuleId): Basis => ({ kind: "RULE", rule: id });

/** "02-hipaa_inheritance.md §2.1, Technical Safeguards table, row 2": a source as a sentence cites it. */
export function cite(s: SourceRef): string {
  const section = s.section.replace(/^(\d+(\.\d+)*)\.?\s.*$/, "$1");
  return `${s.document} §${section}${s.locator ? `, ${s.locator}` : ""}`;
}
const citeAll = (sources: SourceRef[]): string => uniqueBy(sources, sourceKey).map(cite).join("; ");

function makeClaims(facts: RequirementFacts, a: ClaimInput): Claim[] {
  const req = facts.requirement;
  const subject = `${req.citation} (${req.title})`;
  const customerName = facts.customerName ?? "the customer";
  const claims: Claim[] = [];

  // Status: what the table says, and the rule that carries it to this requirement.
  const rowBases = facts.rows.map((r) => statement(r.source));
  const rowText = (r: RowFacts) => `"${r.inheritedAsWritten}" (${cite(r.source)})`;
  const statusBases: Basis[] = [];
  let statusSentence: string;
  switch (a.basis) {
    case "OWN_ROW": {
      const r = facts.rows[0] as RowFacts;
      statusBases.push(...rowBases, rule("STATUS_FROM_ROW"));
      statusSentence = `The inheritance table marks ${subject} ${rowText(r)}.`;
      break;
    }
    case "STANDARD_ROW": {
      const r = facts.rows[0] as RowFacts;
      statusBases.push(...rowBases, rule("STATUS_FROM_ROW"), rule("SPECIFICATION_TAKES_STANDARD_STATUS"));
      statusSentence = `The inheritance table has no row of its own for ${subject}; it marks its standard ${r.covers} ${rowText(r)}, and by the project's rule a specification takes its standard's status.`;
      break;
    }
    case "RELATED_HIPAA": {
      statusBases.push(...rowBases, rule("HITRUST_TAKES_RELATED_STATUS"));
      for (const l of facts.related) statusBases.push(...l.policies.flatMap((p) => p.sources.map(statement)));
      const relatedSources = facts.related.flatMap((l) => l.policies.flatMap((p) => p.sources));
      const relatedCitations = facts.related.map((l) => l.requirement.citation);
      // A related specification without a row of its own takes its standard's.
      if (facts.rows.some((r) => !relatedCitations.includes(r.covers))) {
        statusBases.push(rule("SPECIFICATION_TAKES_STANDARD_STATUS"));
      }
      const marks = facts.rows.map((r) => `${r.covers} ${rowText(r)}`).join(", ");
      const combined = a.rowStatuses.length > 1 ? `; as they differ, the project's rule makes it shared` : "";
      statusSentence = `${subject} takes the status of the HIPAA rules that the same policies cite (${relatedCitations.join(", ")}; ${citeAll(relatedSources)}): a derived link the project draws, not an official HITRUST mapping. For them the table marks ${marks} (a specification by its standard's row)${combined}.`;
      break;
    }
    case "NO_ROW":
      statusBases.push(rule("NO_ROW_STAYS_WITH_CUSTOMER"));
      statusSentence = `No row of the inheritance table covers ${subject}, so by the project's rule nothing is inherited and it stays with the customer (a finding).`;
      break;
  }
  if (a.condition) {
    const { capability, used, interpretation } = a.condition;
    // A HITRUST control's conditional row is a related HIPAA rule's: the choice decides that rule.
    const decidedRows = facts.rows.filter((r) => r.capability?.id === capability.id).map((r) => r.covers);
    const decided = decidedRows.length ? listText([...new Set(decidedRows)]) : req.citation;
    const readingBases: Basis[] = interpretation ? [{ kind: "READING", reading: interpretation }] : [];
    const choice: Basis[] =
      used === null
        ? []
        : [{ kind: "CUSTOMER_CHOICE", capability, used }, rule("CUSTOMER_CHOICE_RESOLVES_OPTION")];
    const other = interpretation?.alternative
      ? ` Another plausible reading: ${lowerFirst(interpretation.alternative)}`
      : "";
    const tension = used !== true ? interpretation?.tension : null;
    claims.push({
      about: "CONDITION",
      subject: capability.id,
      sentence: `The table names no option; the project reads it as ${capability.name} (its reading, not the table's).${ensureStop(other)}${
        used === null
          ? ""
          : ` ${capitalise(customerName)} ${used ? "uses" : "does not use"} it (its recorded choice), so by that reading ${decided} is ${used ? "inherited" : "not inherited"}.`
      }${tension ? ` Yet ${lowerFirst(stripStop(tension.note))} (${citeAll(tension.sources)}): a tension listed among the findings.` : ""}`,
      bases: [...rowBases, ...readingBases, ...choice, ...(tension ? tension.sources.map(statement) : [])],
    });
    statusBases.push(...readingBases, ...choice);
  }
  claims.unshift({ about: "STATUS", subject: req.citation, sentence: statusSentence, bases: statusBases });

  // Owners and risk bearers: the status decides; the introduction says the provider takes the risk.
  const provider = a.chain.provider;
  const providerStep = a.chain.customer.inherits.find((s) => s.from === provider?.id);
  const riskSources = providerStep?.riskSources ?? [];
  for (const owner of a.owners) {
    const isProvider = owner === provider?.id;
    const part = a.status === "SHARED" ? " for its part" : "";
    const conditional =
      a.status === "CONDITIONAL" ? (isProvider ? " if the customer uses the option" : " if it does not") : "";
    claims.push({
      about: "OWNER",
      subject: owner,
      sentence: `By the status rule, ${a.name(owner)} owns ${req.citation}${part}${conditional}.`,
      bases: [...statusBases, rule("STATUS_DECIDES_OWNER")],
    });
    claims.push({
      about: "RISK_BEARER",
      subject: owner,
      sentence:
        isProvider && riskSources.length
          ? `${a.name(owner)} carries its risk${part}${conditional}: it assumes the risk of the aspects of compliance it manages for customers (${citeAll(riskSources)}).`
          : `${capitalise(a.name(owner))} carries its risk${part}${conditional}, as its owner.`,
      bases: [...statusBases, rule("OWNER_CARRIES_RISK"), ...(isProvider ? riskSources.map(statement) : [])],
    });
  }

  // Controls and operators: the documents' statements about each control.
  for (const c of a.controls) {
    const relying = c.reliedOnBy
      .map((id) => a.controls.find((x) => x.id === id))
      .filter((x): x is AnswerControl => !!x);
    const serves: Record<ControlVia, string> = {
      REQUIREMENT: `it serves ${req.citation}`,
      STANDARD: `it serves its standard ${req.standard ?? ""}`,
      SPECIFICATION: `it serves one of its implementation specifications`,
      RELIANCE: "",
    };
    const reliance = relying.length
      ? `${relying.map((x) => `${a.name(x.operator)}'s ${x.name}`).join(" and ")} ${relying.length > 1 ? "rely" : "relies"} on it (${citeAll(relying.flatMap((x) => x.sources))})`
      : "";
    const tail = [
      c.via === "RELIANCE"
        ? ""
        : `${serves[c.via]} by the project's rule that a control serves the rules its documents cite for it`,
      reliance,
    ]
      .filter((x) => x !== "")
      .join("; ");
    claims.push({
      about: "CONTROL",
      subject: c.id,
      sentence: `${capitalise(a.name(c.operator))} runs ${c.name}, which the documents attribute to it (${citeAll(c.sources)}); ${tail}.`,
      bases: [
        ...c.sources.map(statement),
        ...relying.flatMap((x) => x.sources.map(statement)),
        ...(c.via === "RELIANCE" ? [] : [rule("CONTROL_SERVES_CITED_RULE")]),
        ...viaRules(c.via),
        ...(relying.length && c.via !== "RELIANCE" ? [rule("RELIANCE_KEEPS_ACCOUNTABILITY")] : []),
      ],
    });
  }
  for (const operator of a.operators) {
    const own = a.controls.filter((c) => c.operator === operator);
    // Whom it runs them for: the parties whose controls rely on its own. Such a party stays accountable
    // toward the customer only where it owns the requirement.
    const relying = [...new Set(own.flatMap((c) => c.reliedOnBy))]
      .map((id) => a.controls.find((x) => x.id === id)?.operator)
      .filter((p): p is PartyId => p !== undefined && p !== operator);
    const forWhom = [...new Set(relying)];
    const accountable = forWhom.filter((p) => a.owners.includes(p));
    const onBehalf = forWhom.filter((p) => !a.owners.includes(p));
    claims.push({
      about: "OPERATOR",
      subject: operator,
      sentence: `${capitalise(a.name(operator))} operates part of ${req.citation}: it runs ${listText(own.map((c) => c.name))}, which the documents attribute to it (see each control)${
        accountable.length ? `, for ${accountable.map(a.name).join(" and ")}, which stays accountable` : ""
      }${onBehalf.length ? `, on behalf of ${onBehalf.map(a.name).join(" and ")}, whose controls rely on it` : ""}; operation follows the controls, whatever the status.`,
      bases: [
        ...own.flatMap((c) => c.sources.map(statement)),
        rule("CONTROLS_DECIDE_OPERATORS"),
        ...own.flatMap((c) => viaRules(c.via)),
        ...(forWhom.length ? [rule("RELIANCE_KEEPS_ACCOUNTABILITY")] : []),
      ],
    });
  }

  // The chain: each step rests on the statements that establish it; an agreement no document names is
  // not claimed.
  for (const step of a.steps) {
    if (step.from === null) continue;
    const party = a.chain.ordered.find((p) => p.id === step.party);
    const sources = party?.inherits.find((s) => s.from === step.from)?.sources ?? [];
    const agreement = step.agreement
      ? ` under the ${step.agreement} (${citeAll(sources)})`
      : ` (${citeAll(sources)}); ${lowerFirst(stripStop(step.agreementNote ?? "no document names the agreement between them"))}`;
    const isCustomer = step.party === a.chain.customer.id;
    const inherits: Record<Status, string> = {
      INHERITED: `inherits ${req.citation}`,
      SHARED: `inherits part of ${req.citation}`,
      CONDITIONAL: `inherits ${req.citation}, if it uses the option,`,
      NOT_INHERITED: `inherits nothing of ${req.citation}`,
    };
    const what = isCustomer
      ? `${inherits[a.status]} from ${a.name(step.from)}`
      : `relies on ${a.name(step.from)} for the controls ${a.name(step.from)} runs here`;
    claims.push({
      about: "CHAIN_STEP",
      subject: `${step.party}<-${step.from}`,
      sentence: `${capitalise(a.name(step.party))} ${what}${agreement}.`,
      bases: [
        ...sources.map(statement),
        ...(isCustomer ? [...statusBases, rule("STATUS_DECIDES_OWNER")] : []),
        ...(step.controls.some((c) => a.controls.find((x) => x.id === c.id)?.via === "RELIANCE")
          ? [rule("RELIANCE_KEEPS_ACCOUNTABILITY")]
          : []),
      ],
    });
  }

  // Policies: those the row names are the table's; those whose Applicable Standards cite it are theirs.
  const rowPolicies =
    a.basis === "RELATED_HIPAA" ? [] : facts.rows.flatMap((r) => r.policies.map((p) => ({ p, r })));
  for (const { p, r } of uniqueBy(rowPolicies, (x) => `${x.p.version}:${x.p.number}`)) {
    claims.push({
      about: "POLICY",
      subject: String(p.number),
      sentence: `The table's row for ${r.covers} names ${p.title} (policy ${p.number}) (${cite(r.source)}).`,
      bases: [statement(r.source)],
    });
  }
  const named = new Set(rowPolicies.map((x) => x.p.number));
  for (const p of facts.policies) {
    if (named.has(p.number)) continue;
    const itself = p.cites.includes(req.citation);
    const others = p.cites.filter((c) => c !== req.citation);
    const what = itself
      ? "it"
      : `${listText(others)} (${others.includes(req.standard ?? "") ? "its standard" : "in its scope"})`;
    claims.push({
      about: "POLICY",
      subject: String(p.number),
      sentence: `${p.title} (policy ${p.number}) lists ${what} among its Applicable Standards (${citeAll(p.sources)}).`,
      bases: [
        ...p.sources.map(statement),
        ...(itself ? [] : [rule("CONTROLS_OF_STANDARD_AND_SPECIFICATIONS")]),
      ],
    });
  }

  // Obligations: each from its source, the wording marked where it is the project's reading.
  for (const o of a.obligations) {
    const bases: Basis[] = [statement(o.source)];
    if (o.reading) {
      bases.push({
        kind: "READING",
        reading: {
          id: `obligation:${o.id}`,
          question: `What does ${cite(o.source)} ask of the customer?`,
          reading: o.action,
          reasoning: o.reading.reasoning,
          alternative: o.reading.alternative,
          sources: [o.source],
        },
      });
    }
    if (o.basis !== "DOCUMENT" && a.status !== "INHERITED") {
      bases.push(...statusBases, rule("OBLIGATION_WHERE_NOT_INHERITED"));
    }
    if (o.ifUses || o.unlessUses) bases.push(rule("OBLIGATION_FOLLOWS_CHOICE"));
    claims.push({
      about: "OBLIGATION",
      subject: o.id,
      sentence: `For ${customerName}, from ${cite(o.source)}${o.reading ? " (in the project's reading)" : ""}: ${lowerFirst(o.action)}.`,
      bases,
    });
  }
  return claims;
}

function viaRules(via: ControlVia): Basis[] {
  switch (via) {
    case "REQUIREMENT":
      return [];
    case "STANDARD":
    case "SPECIFICATION":
      return [rule("CONTROLS_OF_STANDARD_AND_SPECIFICATIONS")];
    case "RELIANCE":
      return [rule("RELIANCE_KEEPS_ACCOUNTABILITY")];
  }
}

/**
 * The explanation, from the claims alone: status (the table, a rule, or the project's reading),
 * owners and risk, operators, the chain, what is left to the customer. Each sentence is a claim's.
 */
function explain(claims: Claim[]): string {
  const pick = (about: ClaimAbout) => claims.filter((c) => c.about === about).map((c) => c.sentence);
  const obligations = claims.filter((c) => c.about === "OBLIGATION").length;
  const silent = claims.some((c) => c.about === "CONTROL")
    ? []
    : ["The documents attribute no control for it to any party."];
  return [
    ...pick("STATUS"),
    ...pick("CONDITION"),
    ...pick("OWNER"),
    ...pick("RISK_BEARER"),
    ...pick("OPERATOR"),
    ...silent,
    ...pick("CHAIN_STEP"),
    ...(obligations > 0
      ? [
          obligations > 1
            ? `${obligations} obligations are left to the customer, each with its source.`
            : "1 obligation is left to the customer, with its source.",
        ]
      : []),
  ].join(" ");
}

export const sourceKey = (s: SourceRef): string =>
  `${s.version}|${s.document}|${s.section}|${s.locator ?? ""}`;

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
const stripStop = (s: string): string => s.replace(/\.\s*$/, "");
const ensureStop = (s: string): string => (s === "" || /[.!?]$/.test(s) ? s : `${s}.`);

export { RULES };
export type { RuleId };
