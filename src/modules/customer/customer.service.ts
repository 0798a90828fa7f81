import type { Public } from "../../db/repository.js";
import { badInput, conflict, notFound } from "../../errors.js";
import type { AuditRepository } from "../audit/audit.repository.js";
import type { Actor } from "../audit/audit.record.js";
import type { CustomerRepository } from "./customer.repository.js";
import type { CreateCustomerInput, UpdateCustomerInput } from "./customer.input.js";
import type { Customer } from "./customer.type.js";

export class CustomerService {
  constructor(
    private readonly repo: Public<CustomerRepository>,
    private readonly audit: Public<AuditRepository>,
  ) {}

  async customer(id: string): Promise<Customer> {
    const customer = await this.repo.findCustomer(id);
    if (!customer) throw notFound(`id: no customer "${id}"`, { argument: "id" });
    return customer;
  }

  /** Every customer, or only `onlyId` (a customer key sees its own customer alone). */
  async customers(onlyId: string | null = null): Promise<Customer[]> {
    return this.repo.findCustomers(onlyId);
  }

  async create(input: CreateCustomerInput, actor: Actor): Promise<Customer> {
    return this.repo.inTransaction(async (tx) => {
      if (await this.repo.isPartyId(input.id, tx)) {
        throw badInput(`id: "${input.id}" is the id of a party; choose another`, { argument: "id" });
      }
      if (await this.repo.findCustomer(input.id, tx))
        throw conflict(`id: a customer "${input.id}" exists already`, { argument: "id" });
      checkCapabilities(await this.repo.capabilityIds(tx), input.capabilities);
      await this.repo.createCustomer(tx, { id: input.id, name: input.name, notes: input.notes ?? null });
      await this.repo.setCapabilities(tx, input.id, input.capabilities);
      const after = (await this.repo.findCustomer(input.id, tx)) as Customer;
      await this.audit.append(tx, actor, change("customer.create", input.id, null, after));
      return after;
    });
  }

  async update(id: string, input: UpdateCustomerInput, actor: Actor): Promise<Customer> {
    return this.repo.inTransaction(async (tx) => {
      const before = await this.repo.findCustomer(id, tx);
      if (!before) throw notFound(`id: no customer "${id}"`, { argument: "id" });
      await this.repo.updateCustomer(tx, id, { name: input.name ?? null, notes: input.notes });
      if (input.capabilities !== undefined && input.capabilities !== null) {
        checkCapabilities(await this.repo.capabilityIds(tx), input.capabilities);
        await this.repo.setCapabilities(tx, id, input.capabilities);
      }
      const after = (await this.repo.findCustomer(id, tx)) as Customer;
      await this.audit.append(tx, actor, change("customer.update", id, before, after));
      return after;
    });
  }
}

function checkCapabilities(known: readonly string[], ids: readonly string[]): void {
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw badInput(
      `capabilities: unknown ${unknown.map((u) => `"${u}"`).join(", ")}; known: ${known.join(", ")}`,
      {
        argument: "capabilities",
      },
    );
  }
}

function change(action: string, id: string, before: Customer | null, after: Customer) {
  return { action, target: `customer:${id}`, customerId: id, reason: null, before, after };
}
