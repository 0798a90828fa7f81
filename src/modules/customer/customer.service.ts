import type { Database, Tx } from "../../db/database.js";
import { badInput, conflict, notFound } from "../../errors.js";
import { recordChange, type Actor } from "../audit/audit.record.js";
import type { CreateCustomerInput, UpdateCustomerInput } from "./customer.input.js";
import type { Customer } from "./customer.type.js";

export class CustomerService {
  constructor(private readonly db: Database) {}

  async customer(id: string): Promise<Customer> {
    const [row] = await this.db.read("customer/find", { id });
    if (!row) throw notFound(`id: no customer "${id}"`, { argument: "id" });
    return row.customer as Customer;
  }

  /** Every customer, or only `onlyId` (a customer key sees its own customer alone). */
  async customers(onlyId: string | null = null): Promise<Customer[]> {
    const rows = await this.db.read("customer/find", { id: onlyId });
    return rows.map((row) => row.customer as Customer);
  }

  async create(input: CreateCustomerInput, actor: Actor): Promise<Customer> {
    return this.db.writeTransaction(async (tx) => {
      const [taken] = await tx.run("customer/party-id-taken", { id: input.id });
      if (taken?.taken === true) {
        throw badInput(`id: "${input.id}" is the id of a party; choose another`, { argument: "id" });
      }
      if (await find(tx, input.id))
        throw conflict(`id: a customer "${input.id}" exists already`, { argument: "id" });
      await checkCapabilities(tx, input.capabilities);
      await tx.run("customer/create", { id: input.id, name: input.name, notes: input.notes ?? null });
      await tx.run("customer/set-capabilities", { id: input.id, capabilities: input.capabilities });
      const after = (await find(tx, input.id)) as Customer;
      await recordChange(tx, actor, change("customer.create", input.id, null, after));
      return after;
    });
  }

  async update(id: string, input: UpdateCustomerInput, actor: Actor): Promise<Customer> {
    return this.db.writeTransaction(async (tx) => {
      const before = await find(tx, id);
      if (!before) throw notFound(`id: no customer "${id}"`, { argument: "id" });
      await tx.run("customer/update", {
        id,
        name: input.name ?? null,
        notes: input.notes ?? null,
        setNotes: input.notes !== undefined,
      });
      if (input.capabilities !== undefined && input.capabilities !== null) {
        await checkCapabilities(tx, input.capabilities);
        await tx.run("customer/set-capabilities", { id, capabilities: input.capabilities });
      }
      const after = (await find(tx, id)) as Customer;
      await recordChange(tx, actor, change("customer.update", id, before, after));
      return after;
    });
  }
}

async function find(tx: Tx, id: string): Promise<Customer | undefined> {
  const [row] = await tx.run("customer/find", { id });
  return row?.customer as Customer | undefined;
}

async function checkCapabilities(tx: Tx, ids: readonly string[]): Promise<void> {
  const known = (await tx.run("customer/capability-ids")).map((row) => String(row.id));
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
