import type { Database } from "../../db/database.js";
import { notFound } from "../../errors.js";
import type { Customer } from "./customer.type.js";

export class CustomerService {
  constructor(private readonly db: Database) {}

  async customer(id: string): Promise<Customer> {
    const [row] = await this.db.read("customer/find", { id });
    if (!row) throw notFound(`id: no customer "${id}"`, { argument: "id" });
    return row.customer as Customer;
  }

  async customers(): Promise<Customer[]> {
    return (await this.db.read("customer/find", { id: null })).map((row) => row.customer as Customer);
  }
}
