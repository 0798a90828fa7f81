import {
  resolveInheritance,
  type ControlFacts,
  type ObligationFacts,
  type RequirementFacts,
  type RowFacts,
  type Status,
} from "../../../../src/modules/inheritance/inheritance.rules.js";
import { PARTIES, toShape } from "../../../support/facts.js";
import { violations } from "../../../support/invariants.js";

const source = { document: "02-hipaa_inheritance.md", section: "2.1", version: "2021-03", locator: "row 1" };
const row = (status: Status, covers = "164.312(b)", capability: RowFacts["capability"] = null): RowFacts => ({
  uid: `2021-03:row-${covers}`,
  row: 1,
  table: "Technical Safeguards",
  status,
  ruleAsWritten: covers,
  inheritedAsWritten: status,
  notes: [],
  covers,
  policies: [{ number: 8, title: "Auditing Policy", version: "2021-03" }],
  capability,
  interpretation: null,
  source,
});
const control = (
  id: string,
  operator: ControlFacts["operator"],
  reliesOn: Array<{ id: string; operator: string }> = [],
): ControlFacts => ({
  id,
  name: id,
  operator,
  via: "REQUIREMENT",
  satisfies: "164.312(b)",
  reliesOn: reliesOn.map((o) => ({ ...o, name: o.id, by: [id], sources: [source] })),
  policy: null,
  sources: [source],
});
const obligation = (id: string, basis: string, more: Partial<ObligationFacts> = {}): ObligationFacts => ({
  id,
  action: id,
  basis,
  unlessUses: null,
  ifUses: null,
  reading: null,
  source,
  ...more,
});
const facts = (over: Partial<RequirementFacts> = {}): RequirementFacts => ({
  requirement: {
    uid: "164.312(b)",
    citation: "164.312(b)",
    title: "Audit Controls",
    framework: "HIPAA",
    kind: "STANDARD",
    standard: null,
  },
  rows: [row("INHERITED")],
  controls: [],
  policies: [],
  obligations: [],
  related: [],
  parties: PARTIES,
  customerUses: null,
  customerName: null,
  ...over,
});
const capability = { id: "audit-log-access", name: "Customer audit logging", description: "d" };

describe("resolveInheritance: the status table of docs/domain.md", () => {
  it.each([
    ["INHERITED", ["luma"], { aptible: "NONE", luma: "OWNS", customer: "INHERITS" }],
    ["SHARED", ["luma", "customer"], { aptible: "NONE", luma: "SHARES", customer: "SHARES" }],
    ["NOT_INHERITED", ["customer"], { aptible: "NONE", luma: "NONE", customer: "OWNS" }],
  ] as const)("%s: owners and risk bearers %j", (status, owners, responsibility) => {
    const r = resolveInheritance(facts({ rows: [row(status)] }));
    expect(r.status).toBe(status);
    expect(r.owners).toEqual(owners);
    expect(r.riskBearers).toEqual(owners);
    expect(Object.fromEntries(r.responsibilities.map((x) => [x.party, x.responsibility]))).toEqual(
      responsibility,
    );
    expect(violations(toShape(r))).toEqual([]);
  });

  it("names Aptible as an operator, never as owner, when it runs a control or Luma relies on one", () => {
    const direct = resolveInheritance(
      facts({ controls: [control("aptible-backups", "aptible"), control("luma-dr", "luma")] }),
    );
    expect(direct.operators).toEqual(["aptible", "luma"]);
    expect(direct.owners).toEqual(["luma"]);
    expect(direct.responsibilities.find((x) => x.party === "aptible")?.responsibility).toBe("OPERATES");
    expect(direct.chain.map((s) => [s.party, s.from])).toEqual([
      ["customer", "luma"],
      ["luma", "aptible"],
    ]);
    const relied = resolveInheritance(
      facts({
        controls: [control("luma-review", "luma", [{ id: "aptible-logs", operator: "aptible" }])],
      }),
    );
    expect(relied.operators).toEqual(["aptible", "luma"]);
    expect(relied.owners).toEqual(["luma"]);
    expect(relied.controls.find((c) => c.id === "aptible-logs")).toMatchObject({
      via: "RELIANCE",
      reliedOnBy: ["luma-review"],
    });
    const aptible = relied.claims.find((c) => c.about === "OPERATOR" && c.subject === "aptible");
    expect(aptible?.sentence).toMatch(/for Luma Health, which stays accountable/);
    expect(aptible?.bases).toContainEqual({ kind: "RULE", rule: "RELIANCE_KEEPS_ACCOUNTABILITY" });
  });

  it("gives the customer a requirement that is not inherited, while the controls' parties operate it", () => {
    const r = resolveInheritance(
      facts({
        rows: [row("NOT_INHERITED")],
        controls: [control("aptible-x", "aptible"), control("luma-y", "luma")],
      }),
    );
    expect(r.owners).toEqual(["customer"]);
    expect(r.operators).toEqual(["aptible", "luma"]);
    expect(r.controls.map((c) => c.id)).toEqual(["aptible-x", "luma-y"]);
    expect(Object.fromEntries(r.responsibilities.map((x) => [x.party, x.responsibility]))).toEqual({
      aptible: "OPERATES",
      luma: "OPERATES",
      customer: "OWNS",
    });
    // The customer keeps it; Luma relies on Aptible for what Aptible runs, under no named agreement.
    expect(r.chain.map((s) => [s.party, s.from, s.agreement])).toEqual([
      ["customer", null, null],
      ["luma", "aptible", null],
    ]);
    expect(r.chain[1]?.agreementNote).toMatch(/no document names/i);
  });

  it("names no operator where no control serves the requirement, and says the documents are silent", () => {
    const r = resolveInheritance(facts({ rows: [row("NOT_INHERITED")] }));
    expect(r.operators).toEqual([]);
    expect(r.explanation).toMatch(/attribute no control/);
  });

  it("resolves CONDITIONAL by the customer's choice and keeps it open for the template", () => {
    const conditional = { rows: [row("CONDITIONAL", "164.312(b)", capability)] };
    const template = resolveInheritance(facts(conditional));
    expect(template.status).toBe("CONDITIONAL");
    expect(template.condition?.used).toBeNull();
    expect(template.explanation).toMatch(
      /the project reads it as Customer audit logging \(its reading, not the table's\)/,
    );
    const uses = resolveInheritance(
      facts({ ...conditional, customerUses: ["audit-log-access"], customerName: "Sunrise" }),
    );
    expect([uses.status, uses.owners]).toEqual(["INHERITED", ["luma"]]);
    const doesNot = resolveInheritance(facts({ ...conditional, customerUses: [], customerName: "Harbor" }));
    expect([doesNot.status, doesNot.owners]).toEqual(["NOT_INHERITED", ["customer"]]);
    expect(doesNot.explanation).toMatch(
      /Harbor does not use it \(its recorded choice\), so by that reading 164\.312\(b\) is not inherited/,
    );
    expect(doesNot.explanation).not.toMatch(/according to/);
  });

  it("filters obligations by the customer's capabilities", () => {
    const obligations = [
      obligation("keep-own-trail", "CONDITIONAL", { unlessUses: "audit-log-access" }),
      obligation("review-users", "CONDITIONAL", { ifUses: "audit-log-access" }),
      obligation("always", "DOCUMENT"),
    ];
    const base = { rows: [row("CONDITIONAL", "164.312(b)", capability)], obligations };
    const ids = (f: Partial<RequirementFacts>) =>
      resolveInheritance(facts({ ...base, ...f })).obligations.map((o) => o.id);
    expect(ids({})).toEqual(["keep-own-trail", "review-users", "always"]);
    expect(ids({ customerUses: ["audit-log-access"] })).toEqual(["review-users", "always"]);
    expect(ids({ customerUses: [] })).toEqual(["keep-own-trail", "always"]);
  });

  it("takes the standard's row for a specification and says so", () => {
    const r = resolveInheritance(
      facts({
        requirement: {
          uid: "164.308(a)(5)(ii)(A)",
          citation: "164.308(a)(5)(ii)(A)",
          title: "Security Reminders",
          framework: "HIPAA",
          kind: "IMPLEMENTATION_SPECIFICATION",
          standard: "164.308(a)(5)(i)",
        },
        rows: [row("NOT_INHERITED", "164.308(a)(5)(i)")],
      }),
    );
    expect(r.basis).toBe("STANDARD_ROW");
    expect(r.status).toBe("NOT_INHERITED");
    expect(r.explanation).toMatch(/standard 164\.308\(a\)\(5\)\(i\)/);
    expect(r.claims.find((c) => c.about === "STATUS")?.bases).toContainEqual({
      kind: "RULE",
      rule: "SPECIFICATION_TAKES_STANDARD_STATUS",
    });
  });

  it("treats a requirement without any row as not inherited", () => {
    const r = resolveInheritance(facts({ rows: [] }));
    expect([r.status, r.basis, r.owners]).toEqual(["NOT_INHERITED", "NO_ROW", ["customer"]]);
    expect(r.explanation).toMatch(/No row/);
    expect(r.claims.find((c) => c.about === "STATUS")?.bases).toEqual([
      { kind: "RULE", rule: "NO_ROW_STAYS_WITH_CUSTOMER" },
    ]);
  });

  it("answers a HITRUST control through its related HIPAA rules: one status when they agree, SHARED when not", () => {
    const hitrust = {
      requirement: {
        uid: "HITRUST 01.d",
        citation: "HITRUST 01.d",
        title: "User Password Management",
        framework: "HITRUST",
        kind: "CONTROL",
        standard: null,
      },
      related: ["164.312(d)", "164.308(a)(5)(i)"].map((citation) => ({
        requirement: { citation, title: citation, framework: "HIPAA", kind: "STANDARD" },
        policies: [
          {
            number: 7,
            title: "System Access Policy",
            version: "2021-03",
            cites: [citation],
            sources: [source],
          },
        ],
      })),
    };
    const agree = resolveInheritance(
      facts({ ...hitrust, rows: [row("INHERITED", "164.312(d)"), row("INHERITED", "164.312(a)(1)")] }),
    );
    expect([agree.status, agree.basis]).toEqual(["INHERITED", "RELATED_HIPAA"]);
    expect(agree.explanation).toMatch(/derived link/);
    const mixed = resolveInheritance(
      facts({ ...hitrust, rows: [row("INHERITED", "164.312(d)"), row("NOT_INHERITED", "164.308(a)(5)(i)")] }),
    );
    expect(mixed.status).toBe("SHARED");
    expect(mixed.rowStatuses.sort()).toEqual(["INHERITED", "NOT_INHERITED"]);
  });
});
