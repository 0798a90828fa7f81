// The invariants of docs/domain.md as properties over generated facts: any rows, controls (with
// reliances, run by any party of a chain of any length), obligations and customer choices. Each
// invariant is also shown to fail when the rule behind it is broken, so none of them holds vacuously.
import fc from "fast-check";
import {
  resolveInheritance,
  type ControlFacts,
  type ObligationFacts,
  type PartyFacts,
  type RequirementFacts,
  type Resolution,
  type RowFacts,
} from "../../../../src/modules/inheritance/inheritance.rules.js";
import { STATUSES, type Status } from "../../../../src/vocabulary.js";
import { toShape } from "../../../support/facts.js";
import { violations, type Invariant } from "../../../support/invariants.js";

const DOCS = [
  "02-hipaa_inheritance.md",
  "08-auditing_policy.md",
  "15-ids_policy.md",
  "23-luma_hipaa_business_associate_agreement.md",
];
const source = fc.record({
  document: fc.constantFrom(...DOCS),
  section: fc.constantFrom("2.1 Table", "8.2 Policies", "15.1 Scope"),
  version: fc.constant("2021-03"),
  locator: fc.option(fc.constantFrom("para 1", "list item 2"), { nil: null }),
});
const CAPABILITIES = ["audit-log-access", "secure-message-for-phi", "two-factor"];

/**
 * The customer's provider and 0 to 3 providers further up, each relied on by one provider below it:
 * a chain or a tree (several providers at one level, as hosting and backups). No id is special.
 */
const parties = fc.integer({ min: 0, max: 3 }).chain((upstream) =>
  fc
    .tuple(
      fc.array(source, { minLength: 1, maxLength: 2 }),
      fc.option(fc.constant("BAA"), { nil: null }),
      fc.tuple(...Array.from({ length: upstream }, (_, i) => fc.integer({ min: 0, max: i }))),
    )
    .map(([sources, agreement, parents]): PartyFacts[] => {
      const ids = Array.from({ length: upstream + 1 }, (_, i) => `provider-${i}`);
      const list: PartyFacts[] = ids.map((id, i) => ({
        id,
        name: `Provider ${i}`,
        role: i === 0 ? "SERVICE_PROVIDER" : "PLATFORM_PROVIDER",
        description: "",
        // provider-k (k >= 1) is relied on by the provider below it that `parents` names.
        inherits: ids
          .slice(1)
          .filter((_, k) => parents[k] === i)
          .map((from) => ({
            from,
            agreement,
            agreementNote: agreement === null ? "No document names the agreement." : null,
            sources,
            riskSources: [],
          })),
      }));
      list.push({
        id: "clinic",
        name: "Clinic (template)",
        role: "COVERED_ENTITY",
        description: "",
        inherits: [
          {
            from: "provider-0",
            agreement: "Luma HIPAA Business Associate Agreement",
            agreementNote: null,
            sources,
            riskSources: sources,
          },
        ],
      });
      return list;
    }),
);

const row = (covers: string): fc.Arbitrary<RowFacts> =>
  fc.record({
    uid: fc.uuid(),
    row: fc.integer({ min: 1, max: 23 }),
    table: fc.constant("Technical Safeguards"),
    status: fc.constantFrom<Status>(...STATUSES),
    ruleAsWritten: fc.constant(covers),
    inheritedAsWritten: fc.constantFrom("Yes", "No", "Partially", "Yes (optional)"),
    notes: fc.constant([]),
    covers: fc.constant(covers),
    policies: fc.array(
      fc.record({
        number: fc.integer({ min: 3, max: 21 }),
        title: fc.constant("A Policy"),
        version: fc.constant("2021-03"),
      }),
      { maxLength: 2 },
    ),
    capability: fc.option(
      fc.record({
        id: fc.constantFrom(...CAPABILITIES),
        name: fc.constant("An option"),
        description: fc.constant(""),
      }),
      { nil: null },
    ),
    interpretation: fc.option(
      fc.record({
        id: fc.constant("a-reading"),
        question: fc.constant("Which option?"),
        reading: fc.constant("This one."),
        reasoning: fc.constant("Because."),
        alternative: fc.option(fc.constant("Another one."), { nil: null }),
        sources: fc.array(source, { minLength: 1, maxLength: 2 }),
      }),
      { nil: null },
    ),
    source: source.map((s) => ({ ...s, document: "02-hipaa_inheritance.md" })),
  });

const facts: fc.Arbitrary<RequirementFacts> = parties.chain((ps) => {
  const operator = fc.constantFrom(...ps.filter((p) => p.role !== "COVERED_ENTITY").map((p) => p.id));
  const control: fc.Arbitrary<ControlFacts> = fc
    .record({
      id: fc.stringMatching(/^[a-z]{3,8}$/),
      name: fc.constantFrom("Backups", "Audit logging", "Scanning"),
      operator,
      via: fc.constantFrom("REQUIREMENT" as const, "STANDARD" as const, "SPECIFICATION" as const),
      satisfies: fc.constant("164.312(b)"),
      reliesOn: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^r[a-z]{3,6}$/),
          name: fc.constant("Relied"),
          operator,
          sources: fc.array(source, { minLength: 1, maxLength: 2 }),
        }),
        { selector: (o) => o.id, maxLength: 2 },
      ),
      policy: fc.constant(null),
      sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    })
    // A chain of reliance: the control relies on the first, the first on the second (depth 2).
    .map((c) => ({
      ...c,
      reliesOn: c.reliesOn.map((o, k) => ({ ...o, by: [k === 0 ? c.id : (c.reliesOn[k - 1]?.id ?? c.id)] })),
    }));
  const obligation: fc.Arbitrary<ObligationFacts> = fc.record({
    id: fc.stringMatching(/^o[a-z]{3,6}$/),
    action: fc.constant("Do the thing"),
    basis: fc.constantFrom("DOCUMENT", "SHARED", "NOT_INHERITED", "CONDITIONAL"),
    unlessUses: fc.option(fc.constantFrom(...CAPABILITIES), { nil: null }),
    ifUses: fc.option(fc.constantFrom(...CAPABILITIES), { nil: null }),
    reading: fc.option(
      fc.record({
        reasoning: fc.constant("Our reading."),
        alternative: fc.option(fc.constant("Another."), { nil: null }),
      }),
      { nil: null },
    ),
    source,
  });
  return fc.record({
    requirement: fc.constant({
      uid: "164.312(b)",
      citation: "164.312(b)",
      title: "Audit Controls",
      framework: "HIPAA",
      kind: "STANDARD",
      standard: null,
    }),
    rows: fc.array(row("164.312(b)"), { maxLength: 2 }),
    controls: fc.uniqueArray(control, { selector: (c) => c.id, maxLength: 5 }),
    policies: fc.array(
      fc.record({
        number: fc.integer({ min: 3, max: 21 }),
        title: fc.constant("A Policy"),
        version: fc.constant("2021-03"),
        cites: fc.subarray(["164.312(b)", "164.312(b)(1)"], { minLength: 1 }),
        sources: fc.array(source, { minLength: 1, maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    obligations: fc.uniqueArray(obligation, { selector: (o) => o.id, maxLength: 4 }),
    related: fc.constant([]),
    parties: fc.constant(ps),
    customerUses: fc.option(fc.subarray(CAPABILITIES), { nil: null }),
    customerName: fc.option(fc.constant("Harbor Pediatrics"), { nil: null }),
  });
});

const holds = (resolve: (f: RequirementFacts) => Resolution, invariant?: Invariant) =>
  fc.property(facts, (f) => {
    const broken = violations(toShape(resolve(f))).filter(
      (v) => invariant === undefined || v.startsWith(`${invariant}:`),
    );
    if (broken.length > 0) throw new Error(broken.join("\n"));
  });

describe("resolveInheritance keeps the invariants of docs/domain.md", () => {
  it("for any facts: operators are the controls' parties, owners carry the risk, every part is claimed with a basis, sentences name only their bases' documents", () => {
    fc.assert(holds(resolveInheritance), { numRuns: 200 });
  });

  it("for any facts: the status decides the owners, and providers stay accountable for what they rely on", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = resolveInheritance(f);
        const customer = f.parties.find((p) => p.role === "COVERED_ENTITY")?.id as string;
        const provider = f.parties.find((p) => p.id === customer)?.inherits[0]?.from as string;
        // Every provider that runs a control of the answer is reached by a step of the chain.
        for (const operator of r.operators) {
          if (operator === provider) continue;
          expect(r.chain.some((s) => s.from === operator)).toBe(true);
        }
        const expected = {
          INHERITED: [provider],
          SHARED: [provider, customer],
          CONDITIONAL: [provider, customer],
          NOT_INHERITED: [customer],
        }[r.status];
        expect([...r.owners].sort()).toEqual([...expected].sort());
        // A relied-on control is listed with the control that relies on it.
        for (const c of r.controls.filter((x) => x.via === "RELIANCE")) {
          expect(c.reliedOnBy.every((id) => r.controls.some((x) => x.id === id))).toBe(true);
        }
        // Obligations follow the customer's choices.
        for (const o of r.obligations) {
          if (f.customerUses !== null && o.ifUses) expect(f.customerUses).toContain(o.ifUses);
          if (f.customerUses !== null && o.unlessUses) expect(f.customerUses).not.toContain(o.unlessUses);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** One deliberately broken rule per invariant: the property over the same facts must find it. */
const BROKEN: Record<Invariant, (f: RequirementFacts) => Resolution> = {
  // The bug this replaced: operators decided by the status, not by the controls.
  OPERATORS_ARE_THE_CONTROLS_PARTIES: (f) => {
    const r = resolveInheritance(f);
    return { ...r, operators: r.status === "NOT_INHERITED" ? ["clinic"] : r.operators };
  },
  OWNERS_CARRY_RISK: (f) => {
    const r = resolveInheritance(f);
    return { ...r, riskBearers: r.riskBearers.slice(1) };
  },
  // A fact no document states: an agreement claimed with nothing under it.
  EVERY_CLAIM_HAS_A_BASIS: (f) => {
    const r = resolveInheritance(f);
    return { ...r, claims: r.claims.map((c) => (c.about === "STATUS" ? { ...c, bases: [] } : c)) };
  },
  EVERY_PART_IS_CLAIMED: (f) => {
    const r = resolveInheritance(f);
    return { ...r, claims: r.claims.filter((c) => c.about !== "OWNER") };
  },
  // Crediting the table with what it does not say.
  SENTENCES_NAME_ONLY_THEIR_DOCUMENTS: (f) => {
    const r = resolveInheritance(f);
    return {
      ...r,
      claims: r.claims.map((c) =>
        c.about === "STATUS" ? { ...c, sentence: `${c.sentence} So says 19-employees_policy.md.` } : c,
      ),
    };
  },
  EXPLANATION_FROM_CLAIMS: (f) => {
    const r = resolveInheritance(f);
    return { ...r, explanation: `According to 19-employees_policy.md, ${r.explanation}` };
  },
};

describe("each invariant fails when its rule is broken", () => {
  it.each(Object.keys(BROKEN) as Invariant[])("%s", (invariant) => {
    const result = fc.check(holds(BROKEN[invariant], invariant), { numRuns: 200, seed: 42 });
    expect(result.failed).toBe(true);
  });
});
