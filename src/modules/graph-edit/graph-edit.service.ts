// An admin's edits of the graph: add a control, link a control to a requirement, decide a
// requirement's inheritance status. Each checks everything first, then writes the change and its
// audit event (with the reason) in one transaction. Edits apply to the primary policy set.
import type { Public, Tx } from "../../db/repository.js";
import { badInput, conflict, notFound } from "../../errors.js";
import type { AuditRepository } from "../audit/audit.repository.js";
import type { Actor } from "../audit/audit.record.js";
import { canonicalCitation } from "../common/citation-input.js";
import { InheritanceStatus } from "../common/common.types.js";
import type { CustomerRepository } from "../customer/customer.repository.js";
import { PRIMARY_VERSION, type InheritanceService } from "../inheritance/inheritance.service.js";
import type { GraphEditRepository } from "./graph-edit.repository.js";
import type { AddControlInput, LinkControlInput, SetInheritanceStatusInput } from "./graph-edit.input.js";

const AS_WRITTEN: Record<InheritanceStatus, string> = {
  [InheritanceStatus.INHERITED]: "Yes",
  [InheritanceStatus.SHARED]: "Partially",
  [InheritanceStatus.NOT_INHERITED]: "No",
  [InheritanceStatus.CONDITIONAL]: "Yes (optional)",
};

/** An edit made through the API has no document behind it unless the admin names one. */
const API_EDIT = "(edit through the API)";

const scoped = (id: string): string => `${PRIMARY_VERSION}:${id}`;

export class GraphEditService {
  constructor(
    private readonly graph: Public<GraphEditRepository>,
    private readonly customers: Public<CustomerRepository>,
    private readonly audit: Public<AuditRepository>,
    private readonly inheritance: Public<InheritanceService>,
  ) {}

  /** Returns the new control's id. */
  async addControl(input: AddControlInput, actor: Actor): Promise<string> {
    const citations = input.satisfies.map((c, i) => canonicalCitation(`satisfies[${i}]`, c));
    return this.graph.inTransaction(async (tx) => {
      const uid = scoped(input.id);
      const reliesOn = input.reliesOn.map(scoped);
      const check = await this.graph.checkControl(tx, {
        uid,
        version: PRIMARY_VERSION,
        policy: input.definedIn.policy,
        operator: input.operator,
        reliesOn,
      });
      if (check?.partyFound !== true)
        throw notFound(`operator: no party "${input.operator}"`, { argument: "operator" });
      if (check?.exists) throw conflict(`id: a control "${input.id}" exists already`, { argument: "id" });
      if (!check?.policyFound) {
        throw notFound(
          `definedIn.policy: no document number ${input.definedIn.policy} in ${PRIMARY_VERSION}`,
          {
            argument: "definedIn.policy",
          },
        );
      }
      const unknown = check.unknownControls.map((u) => u.slice(PRIMARY_VERSION.length + 1));
      if (unknown.length > 0)
        throw notFound(`reliesOn: no control ${unknown.join(", ")}`, { argument: "reliesOn" });
      const satisfies = await this.requirementUids(tx, "satisfies", citations);
      const props = {
        id: input.id,
        name: input.name,
        description: input.description,
        version: PRIMARY_VERSION,
        operator: input.operator,
        sourceDocuments: [input.source?.document ?? API_EDIT],
        sourceSections: [input.source?.section ?? input.reason],
        sourceLocators: [""],
        reason: input.reason,
      };
      await this.graph.addControl(tx, {
        uid,
        props,
        operator: input.operator,
        version: PRIMARY_VERSION,
        policy: input.definedIn.policy,
        section: input.definedIn.section,
        satisfies,
        reliesOn,
      });
      await this.audit.append(tx, actor, {
        action: "control.add",
        target: `control:${uid}`,
        customerId: null,
        reason: input.reason,
        before: null,
        after: { ...props, definedIn: input.definedIn, satisfies, reliesOn },
      });
      return input.id;
    });
  }

  /** Returns the control's id. */
  async linkControl(input: LinkControlInput, actor: Actor): Promise<string> {
    const citation = canonicalCitation("requirement", input.requirement);
    return this.graph.inTransaction(async (tx) => {
      const [requirement] = (await this.requirementUids(tx, "requirement", [citation])) as [string];
      const row = await this.graph.linkControl(tx, {
        control: scoped(input.control),
        requirement,
        reason: input.reason,
        at: new Date().toISOString(),
      });
      if (!row)
        throw notFound(`control: no control "${input.control}" in ${PRIMARY_VERSION}`, {
          argument: "control",
        });
      await this.audit.append(tx, actor, {
        action: "control.link",
        target: `control:${scoped(input.control)}`,
        customerId: null,
        reason: input.reason,
        before: { satisfies: requirement, linked: row.existed },
        after: { satisfies: requirement, linked: true },
      });
      return input.control;
    });
  }

  /** Returns the requirement's canonical citation. */
  async setInheritanceStatus(input: SetInheritanceStatusInput, actor: Actor): Promise<string> {
    const citation = canonicalCitation("requirement", input.requirement);
    const conditional = input.status === InheritanceStatus.CONDITIONAL;
    const capability = input.capability ?? null;
    if (conditional !== (capability !== null)) {
      throw badInput("capability: a CONDITIONAL status names its capability, and only such a status does", {
        argument: "capability",
      });
    }
    // The template's answer before the edit, for the audit log (it may come from the standard's row).
    const previous = await this.inheritance.inheritance(citation, null);
    return this.graph.inTransaction(async (tx) => {
      const [requirement] = (await this.requirementUids(tx, "requirement", [citation])) as [string];
      if (requirement.startsWith("HITRUST")) {
        throw badInput("requirement: a HITRUST control takes its status from the HIPAA rules it relates to", {
          argument: "requirement",
        });
      }
      if (capability !== null) {
        const known = await this.customers.capabilityIds(tx);
        if (!known.includes(capability)) {
          throw notFound(`capability: no capability "${capability}"; known: ${known.join(", ")}`, {
            argument: "capability",
          });
        }
      }
      const row = await this.graph.setStatus(tx, {
        requirement,
        version: PRIMARY_VERSION,
        uid: scoped(`edit-${requirement}`),
        status: input.status,
        capability,
        props: {
          table: "Edits through the API",
          ruleAsWritten: requirement,
          controlAsWritten: "",
          inheritedAsWritten: AS_WRITTEN[input.status],
          notes: [input.reason],
          sourceDocument: input.source?.document ?? API_EDIT,
          sourceSection: input.source?.section ?? input.reason,
        },
      });
      await this.audit.append(tx, actor, {
        action: "inheritance.setStatus",
        target: `requirement:${requirement}`,
        customerId: null,
        reason: input.reason,
        before: { status: previous.status, basis: previous.basis, ownRows: row?.before ?? [] },
        after: { status: input.status, basis: "OWN_ROW", row: row?.row ?? null },
      });
      return requirement;
    });
  }

  /** Requirement uids for canonical citations; NOT_FOUND names the first unknown one. */
  private async requirementUids(tx: Tx, argument: string, citations: string[]): Promise<string[]> {
    if (citations.length === 0) return [];
    const found = await this.graph.resolveRequirements(citations, tx);
    return citations.map((c) => {
      const uid = found.get(c);
      if (!uid) throw notFound(`${argument}: no requirement "${c}" is known`, { argument });
      return uid;
    });
  }
}
