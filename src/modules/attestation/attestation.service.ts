// Attestations (a customer says what it has done about an obligation) and gaps (what is still open).
// Gaps reuse the inheritance answers for the customer, so an obligation counts exactly where the
// customer's matrix shows it.
import { compareCitations } from "../../citations/sort-key.js";
import type { Public } from "../../db/repository.js";
import { badInput, notFound } from "../../errors.js";
import type { AuditRepository } from "../audit/audit.repository.js";
import type { Actor } from "../audit/audit.record.js";
import type { Obligation, RequirementRef } from "../common/common.types.js";
import type { CustomerRepository } from "../customer/customer.repository.js";
import {
  PRIMARY_VERSION,
  requirementRef,
  type InheritanceService,
} from "../inheritance/inheritance.service.js";
import {
  CLOSING_STATUSES,
  type Attestation,
  type Gaps,
  type RecordAttestationInput,
} from "./attestation.type.js";
import type { AttestationRepository } from "./attestation.repository.js";

/** HIPAA took effect in 1996; an attestation dated earlier, or after tomorrow (any time zone), is a typo. */
const EARLIEST_DATE = "1996-08-21";

export class AttestationService {
  constructor(
    private readonly repo: Public<AttestationRepository>,
    private readonly customers: Public<CustomerRepository>,
    private readonly audit: Public<AuditRepository>,
    private readonly inheritance: Public<InheritanceService>,
  ) {}

  async record(input: RecordAttestationInput, actor: Actor): Promise<Attestation> {
    checkDate(input.date);
    const obligationUid = `${PRIMARY_VERSION}:${input.obligation}`;
    return this.repo.inTransaction(async (tx) => {
      if (!(await this.customers.findCustomer(input.customer, tx))) {
        throw notFound(`customer: no customer "${input.customer}"`, { argument: "customer" });
      }
      const row = await this.repo.recordAttestation(tx, {
        customer: input.customer,
        obligation: obligationUid,
        uid: `${input.customer}|${obligationUid}`,
        props: {
          status: input.status,
          evidence: input.evidence ?? null,
          date: input.date,
          attestedBy: input.attestedBy,
          recordedAt: new Date().toISOString(),
        },
      });
      // The customer exists (checked above): no row means no such obligation.
      if (!row) {
        throw notFound(`obligation: no obligation "${input.obligation}" in ${PRIMARY_VERSION}`, {
          argument: "obligation",
        });
      }
      const attestation = row.attestation;
      await this.audit.append(tx, actor, {
        action: "attestation.record",
        target: `attestation:${input.customer}/${input.obligation}`,
        customerId: input.customer,
        reason: null,
        before: row.before ?? null,
        after: attestation,
      });
      return attestation;
    });
  }

  async attestations(customer: string): Promise<Attestation[]> {
    return this.repo.findAttestations(customer, PRIMARY_VERSION);
  }

  async gaps(customer: string): Promise<Gaps> {
    const [resolved, attestations] = await Promise.all([
      this.inheritance.resolveAll(customer, { operates: false }),
      this.attestations(customer),
    ]);
    const byObligation = new Map(attestations.map((a) => [a.obligationId, a]));
    const applying = new Map<string, { obligation: Obligation; requirements: RequirementRef[] }>();
    for (const { facts, resolution } of resolved.answers) {
      for (const o of resolution.obligations) {
        const entry = applying.get(o.id) ?? { obligation: { ...o }, requirements: [] };
        entry.requirements.push(requirementRef(facts));
        applying.set(o.id, entry);
      }
    }
    const isClosed = (id: string) => CLOSING_STATUSES.includes(byObligation.get(id)?.status ?? "");
    const open = [...applying.values()]
      .filter((e) => !isClosed(e.obligation.id))
      .sort((a, b) => a.obligation.id.localeCompare(b.obligation.id))
      .map((e) => ({
        ...e,
        requirements: e.requirements.sort((a, b) => compareCitations(a.citation, b.citation)),
        attestation: byObligation.get(e.obligation.id) ?? null,
      }));
    const openRequirements = new Map(open.flatMap((e) => e.requirements).map((r) => [r.citation, r]));
    return {
      customer,
      customerName: resolved.customerName ?? customer,
      obligationCount: applying.size,
      closedCount: applying.size - open.length,
      open,
      openRequirements: [...openRequirements.values()].sort((a, b) =>
        compareCitations(a.citation, b.citation),
      ),
    };
  }
}

function checkDate(date: string): void {
  const parsed = new Date(`${date}T00:00:00Z`);
  // Date rolls 2024-02-30 over to March: a real calendar date reads back the same.
  const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (!real || date < EARLIEST_DATE || date > tomorrow) {
    throw badInput(`date: "${date}" is not a calendar date between ${EARLIEST_DATE} and today`, {
      argument: "date",
    });
  }
}
