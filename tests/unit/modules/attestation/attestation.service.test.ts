// AttestationService over fakes: the gaps count an obligation once however many requirements it
// applies to, close it only with IMPLEMENTED or NOT_APPLICABLE, and sort what stays open; recording
// checks the customer and the obligation and audits in the same transaction.
import type { Public } from "../../../../src/db/repository.js";
import { AppError, ErrorCode } from "../../../../src/errors.js";
import type { AttestationRepository } from "../../../../src/modules/attestation/attestation.repository.js";
import { AttestationService } from "../../../../src/modules/attestation/attestation.service.js";
import { AttestationStatus, type Attestation } from "../../../../src/modules/attestation/attestation.type.js";
import type { CustomerRepository } from "../../../../src/modules/customer/customer.repository.js";
import type { RequirementFacts, Resolution } from "../../../../src/modules/inheritance/inheritance.rules.js";
import type {
  FactsResult,
  InheritanceService,
} from "../../../../src/modules/inheritance/inheritance.service.js";
import { ADMIN, fakeAudit, transactions } from "../../../support/fakes.js";

const obligation = (id: string) => ({
  id,
  action: `do ${id}`,
  basis: "NOT_INHERITED",
  unlessUses: null,
  ifUses: null,
  reading: null,
  source: { document: "d", section: "s", version: "2021-03", locator: null },
});

/** One answer: the requirement and the obligations its resolution leaves the customer. */
const answer = (citation: string, obligations: string[]) => ({
  facts: {
    requirement: {
      uid: citation,
      citation,
      title: `t ${citation}`,
      framework: "HIPAA",
      kind: "STANDARD",
      standard: null,
    },
  } as RequirementFacts,
  resolution: { obligations: obligations.map(obligation) } as unknown as Resolution,
});

const attestation = (obligationId: string, status: AttestationStatus): Attestation => ({
  customerId: "clinic",
  obligationId,
  status,
  evidence: null,
  date: "2024-01-02",
  attestedBy: "A",
  recordedAt: "2024-01-02T00:00:00.000Z",
  version: "2021-03",
});

function service(
  answers: FactsResult["answers"],
  attestations: Attestation[],
  customers: string[] = ["clinic"],
) {
  const tx = transactions();
  const recorded: unknown[] = [];
  const repo: Public<AttestationRepository> = {
    inTransaction: tx.inTransaction,
    findAttestations: () => Promise.resolve(attestations),
    recordAttestation: (_tx, params) => {
      recorded.push(params);
      if (params.obligation !== "2021-03:known") return Promise.resolve(undefined);
      return Promise.resolve({ before: null, attestation: attestation("known", params.props.status) });
    },
  };
  const customerRepo = {
    findCustomer: (id: string) =>
      Promise.resolve(
        customers.includes(id)
          ? { id, name: "Clinic", notes: null, startsFrom: "customer", capabilities: [] }
          : undefined,
      ),
  } as unknown as Public<CustomerRepository>;
  const inheritance = {
    resolveAll: () => Promise.resolve({ customerName: "Clinic", parties: new Map(), answers }),
  } as unknown as Public<InheritanceService>;
  const audit = fakeAudit();
  return {
    attestations: new AttestationService(repo, customerRepo, audit, inheritance),
    audit,
    opened: tx.opened,
    recorded,
  };
}

describe("AttestationService.gaps", () => {
  it("counts each obligation once, closes it only with a closing status, and sorts the open ones", async () => {
    const { attestations } = service(
      [
        answer("164.312(b)", ["o-c", "o-a"]),
        answer("164.308(a)(1)", ["o-a", "o-b"]),
        answer("164.310(a)", ["o-d"]),
      ],
      [
        attestation("o-b", AttestationStatus.IMPLEMENTED),
        attestation("o-a", AttestationStatus.PARTIALLY_IMPLEMENTED),
        attestation("o-d", AttestationStatus.NOT_APPLICABLE),
      ],
    );
    const gaps = await attestations.gaps("clinic");
    expect(gaps.obligationCount).toBe(4);
    expect(gaps.closedCount).toBe(2);
    expect(gaps.open.map((g) => g.obligation.id)).toEqual(["o-a", "o-c"]);
    expect(gaps.open[0]?.requirements.map((r) => r.citation)).toEqual(["164.308(a)(1)", "164.312(b)"]);
    expect(gaps.open[0]?.attestation?.status).toBe(AttestationStatus.PARTIALLY_IMPLEMENTED);
    expect(gaps.open[1]?.attestation).toBeNull();
    expect(gaps.openRequirements.map((r) => r.citation)).toEqual(["164.308(a)(1)", "164.312(b)"]);
    expect(gaps.customerName).toBe("Clinic");
  });
});

describe("AttestationService.record", () => {
  const input = {
    customer: "clinic",
    obligation: "known",
    status: AttestationStatus.IMPLEMENTED,
    date: "2024-01-02",
    attestedBy: "A",
  };

  it("refuses a date that is no calendar date before touching the graph", async () => {
    const { attestations, opened } = service([], []);
    await expect(attestations.record({ ...input, date: "2024-02-30" }, ADMIN)).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    expect(opened).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown customer, then for an unknown obligation", async () => {
    const { attestations, recorded } = service([], []);
    const customer = await attestations
      .record({ ...input, customer: "other" }, ADMIN)
      .catch((e: unknown) => e);
    expect(customer).toBeInstanceOf(AppError);
    expect((customer as AppError).extensions.argument).toBe("customer");
    expect(recorded).toEqual([]);
    const obligation = await attestations
      .record({ ...input, obligation: "gone" }, ADMIN)
      .catch((e: unknown) => e);
    expect((obligation as AppError).extensions.argument).toBe("obligation");
  });

  it("records by the version-scoped uid and audits in the same transaction", async () => {
    const { attestations, audit, opened, recorded } = service([], []);
    const result = await attestations.record(input, ADMIN);
    expect(result.status).toBe(AttestationStatus.IMPLEMENTED);
    expect(recorded).toMatchObject([
      { customer: "clinic", obligation: "2021-03:known", uid: "clinic|2021-03:known" },
    ]);
    expect(audit.appended).toHaveLength(1);
    expect(audit.appended[0]?.tx).toBe(opened[0]);
    expect(audit.appended[0]?.change).toMatchObject({
      action: "attestation.record",
      before: null,
      after: result,
    });
  });
});
