import { Repository, statement, type Tx } from "../../db/repository.js";
import type { Attestation } from "./attestation.type.js";

export interface AttestationRow {
  attestation: Attestation;
}

/** The attestation's properties before the change: null when it is new. */
export type AttestationBefore = Pick<
  Attestation,
  "status" | "evidence" | "date" | "attestedBy" | "recordedAt"
>;

export interface RecordedAttestationRow {
  before: AttestationBefore | null;
  attestation: Attestation;
}

export interface RecordAttestationParams {
  customer: string;
  /** The obligation's uid (version-scoped). */
  obligation: string;
  uid: string;
  props: AttestationBefore;
}

export const ATTESTATION_STATEMENTS = {
  forCustomer: statement<AttestationRow>()("attestation/for-customer", ["attestation"]),
  record: statement<RecordedAttestationRow>()("attestation/record", ["before", "attestation"]),
};

export class AttestationRepository extends Repository {
  async findAttestations(customer: string, version: string): Promise<Attestation[]> {
    const rows = await this.read(ATTESTATION_STATEMENTS.forCustomer, { customer, version });
    return rows.map((row) => row.attestation);
  }

  /** Records or replaces the attestation; undefined: no such customer or obligation. */
  async recordAttestation(
    tx: Tx,
    params: RecordAttestationParams,
  ): Promise<RecordedAttestationRow | undefined> {
    const [row] = await this.write(tx, ATTESTATION_STATEMENTS.record, { ...params });
    return row;
  }
}
