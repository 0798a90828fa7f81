// CustomerService's checks and writes over a fake repository: a party's id is refused, an existing
// customer is a conflict, unknown capabilities are named, and the change and its audit event are
// written in the one transaction that checked them.
import type { Public, Tx } from "../../../../src/db/repository.js";
import { AppError, ErrorCode } from "../../../../src/errors.js";
import type { CustomerRepository } from "../../../../src/modules/customer/customer.repository.js";
import { CustomerService } from "../../../../src/modules/customer/customer.service.js";
import type { Customer } from "../../../../src/modules/customer/customer.type.js";
import { ADMIN, fakeAudit, transactions } from "../../../support/fakes.js";

const CAPABILITIES = ["backups", "sso"];

function fakeCustomers(parties: string[], existing: Customer[] = []) {
  const customers = new Map(existing.map((c) => [c.id, structuredClone(c)]));
  const writes: Array<{ tx: Tx; what: string }> = [];
  const tx = transactions();
  const repo: Public<CustomerRepository> = {
    inTransaction: tx.inTransaction,
    findCustomers: (id) =>
      Promise.resolve(
        [...customers.values()].filter((c) => id === null || c.id === id).map((c) => structuredClone(c)),
      ),
    findCustomer: (id) => Promise.resolve(customers.has(id) ? structuredClone(customers.get(id)) : undefined),
    capabilityIds: () => Promise.resolve([...CAPABILITIES]),
    isPartyId: (id) => Promise.resolve(parties.includes(id)),
    createCustomer: (t, c) => {
      writes.push({ tx: t, what: `create ${c.id}` });
      customers.set(c.id, { ...c, startsFrom: "customer", capabilities: [] });
      return Promise.resolve();
    },
    updateCustomer: (t, id, change) => {
      writes.push({ tx: t, what: `update ${id}` });
      const c = customers.get(id) as Customer;
      customers.set(id, {
        ...c,
        name: change.name ?? c.name,
        notes: change.notes === undefined ? c.notes : change.notes,
      });
      return Promise.resolve();
    },
    setCapabilities: (t, id, ids) => {
      writes.push({ tx: t, what: `capabilities ${id}: ${ids.join(",")}` });
      const c = customers.get(id) as Customer;
      c.capabilities = CAPABILITIES.map((k) => ({
        id: k,
        name: k,
        description: "",
        defaultForTemplate: false,
        used: ids.includes(k),
      }));
      return Promise.resolve();
    },
  };
  return { repo, writes, opened: tx.opened };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const clinic: Customer = {
  id: "clinic",
  name: "Clinic",
  notes: "n",
  startsFrom: "customer",
  capabilities: [],
};

describe("CustomerService.create", () => {
  it("refuses the id of a party, before anything is written", async () => {
    const { repo, writes } = fakeCustomers(["luma"]);
    const audit = fakeAudit();
    const error = await refusal(
      new CustomerService(repo, audit).create({ id: "luma", name: "L", capabilities: [] }, ADMIN),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.argument).toBe("id");
    expect(writes).toEqual([]);
    expect(audit.appended).toEqual([]);
  });

  it("answers CONFLICT for an existing customer", async () => {
    const { repo, writes } = fakeCustomers([], [clinic]);
    const error = await refusal(
      new CustomerService(repo, fakeAudit()).create({ id: "clinic", name: "C", capabilities: [] }, ADMIN),
    );
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(writes).toEqual([]);
  });

  it("names the unknown capabilities and the known ones", async () => {
    const { repo, writes } = fakeCustomers([]);
    const error = await refusal(
      new CustomerService(repo, fakeAudit()).create(
        { id: "new", name: "N", capabilities: ["sso", "pager", "fax"] },
        ADMIN,
      ),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe('capabilities: unknown "pager", "fax"; known: backups, sso');
    expect(writes).toEqual([]);
  });

  it("writes the customer, its choices and the audit event in one transaction", async () => {
    const { repo, writes, opened } = fakeCustomers([]);
    const audit = fakeAudit();
    const created = await new CustomerService(repo, audit).create(
      { id: "new", name: "N", notes: null, capabilities: ["sso"] },
      ADMIN,
    );
    expect(created.capabilities.filter((c) => c.used).map((c) => c.id)).toEqual(["sso"]);
    expect(opened).toHaveLength(1);
    const [tx] = opened;
    expect(writes).toEqual([
      { tx, what: "create new" },
      { tx, what: "capabilities new: sso" },
    ]);
    expect(audit.appended).toEqual([
      {
        tx,
        change: {
          action: "customer.create",
          target: "customer:new",
          customerId: "new",
          reason: null,
          before: null,
          after: created,
        },
      },
    ]);
  });
});

describe("CustomerService.update", () => {
  it("answers NOT_FOUND for an unknown customer", async () => {
    const { repo } = fakeCustomers([]);
    const error = await refusal(
      new CustomerService(repo, fakeAudit()).update("nobody", { name: "X" }, ADMIN),
    );
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
  });

  it("keeps the notes when none are given, and audits before and after", async () => {
    const { repo, writes } = fakeCustomers([], [clinic]);
    const audit = fakeAudit();
    const after = await new CustomerService(repo, audit).update("clinic", { name: "Renamed" }, ADMIN);
    expect(after).toMatchObject({ name: "Renamed", notes: "n" });
    expect(writes.map((w) => w.what)).toEqual(["update clinic"]);
    expect(audit.appended[0]?.change).toMatchObject({ action: "customer.update", before: clinic, after });
  });
});
