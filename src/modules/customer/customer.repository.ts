import { Repository, statement, type NoColumns, type Tx } from "../../db/repository.js";
import type { Customer } from "./customer.type.js";

export interface CustomerRow {
  customer: Customer;
}
export interface CapabilityIdRow {
  id: string;
}
export interface PartyIdTakenRow {
  taken: boolean;
}
export interface CustomerIdRow {
  id: string;
}

export const CUSTOMER_STATEMENTS = {
  find: statement<CustomerRow>()("customer/find", ["customer"]),
  capabilityIds: statement<CapabilityIdRow>()("customer/capability-ids", ["id"]),
  partyIdTaken: statement<PartyIdTakenRow>()("customer/party-id-taken", ["taken"]),
  create: statement<CustomerIdRow>()("customer/create", ["id"]),
  update: statement<CustomerIdRow>()("customer/update", ["id"]),
  setCapabilities: statement<NoColumns>()("customer/set-capabilities", []),
};

export class CustomerRepository extends Repository {
  /** Every customer (`id` null) or the one with this id, with its capability choices. */
  async findCustomers(id: string | null, tx?: Tx): Promise<Customer[]> {
    return (await this.read(CUSTOMER_STATEMENTS.find, { id }, tx)).map((row) => row.customer);
  }

  async findCustomer(id: string, tx?: Tx): Promise<Customer | undefined> {
    return (await this.findCustomers(id, tx))[0];
  }

  /** The ids of every capability, in order. */
  async capabilityIds(tx?: Tx): Promise<string[]> {
    return (await this.read(CUSTOMER_STATEMENTS.capabilityIds, {}, tx)).map((row) => row.id);
  }

  async isPartyId(id: string, tx?: Tx): Promise<boolean> {
    const [row] = await this.read(CUSTOMER_STATEMENTS.partyIdTaken, { id }, tx);
    return row?.taken === true;
  }

  async createCustomer(tx: Tx, customer: { id: string; name: string; notes: string | null }): Promise<void> {
    await this.write(tx, CUSTOMER_STATEMENTS.create, customer);
  }

  /** `name` null keeps the name; `notes` undefined keeps the notes. */
  async updateCustomer(
    tx: Tx,
    id: string,
    change: { name: string | null; notes?: string | null },
  ): Promise<void> {
    await this.write(tx, CUSTOMER_STATEMENTS.update, {
      id,
      name: change.name,
      notes: change.notes ?? null,
      setNotes: change.notes !== undefined,
    });
  }

  /** Makes the customer's capabilities exactly these ids (checked beforehand). */
  async setCapabilities(tx: Tx, id: string, capabilities: readonly string[]): Promise<void> {
    await this.write(tx, CUSTOMER_STATEMENTS.setCapabilities, { id, capabilities });
  }
}
