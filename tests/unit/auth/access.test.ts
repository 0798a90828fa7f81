// The authorization rules, role by role, without a server: what each principal may read and change.
import { Access } from "../../../src/auth/access.js";
import { ANONYMOUS, type Principal } from "../../../src/auth/principal.js";
import { AppError } from "../../../src/errors.js";

const admin: Principal = { role: "admin", keyId: "a", customerId: null };
const auditor: Principal = { role: "auditor", keyId: "b", customerId: null };
const customer: Principal = { role: "customer", keyId: "c", customerId: "own-clinic" };

/** The code an action fails with, or "ok". */
function outcome(action: () => unknown): string {
  try {
    action();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("Access", () => {
  const cases: Array<[string, (a: Access) => unknown, Record<string, string>]> = [
    [
      "read the template",
      (a) => a.readCustomer(null),
      { anonymous: "ok", customer: "ok", auditor: "ok", admin: "ok" },
    ],
    [
      "read its own customer",
      (a) => a.readCustomer("own-clinic"),
      { anonymous: "UNAUTHENTICATED", customer: "ok", auditor: "ok", admin: "ok" },
    ],
    [
      "read another customer",
      (a) => a.readCustomer("other-clinic"),
      { anonymous: "UNAUTHENTICATED", customer: "FORBIDDEN", auditor: "ok", admin: "ok" },
    ],
    [
      "change its own customer",
      (a) => a.changeCustomer("own-clinic"),
      { anonymous: "UNAUTHENTICATED", customer: "ok", auditor: "FORBIDDEN", admin: "ok" },
    ],
    [
      "change another customer",
      (a) => a.changeCustomer("other-clinic"),
      { anonymous: "UNAUTHENTICATED", customer: "FORBIDDEN", auditor: "FORBIDDEN", admin: "ok" },
    ],
    [
      "read the audit log",
      (a) => a.require(["admin", "auditor"], "read the audit log"),
      { anonymous: "UNAUTHENTICATED", customer: "FORBIDDEN", auditor: "ok", admin: "ok" },
    ],
    [
      "edit the graph",
      (a) => a.require(["admin"], "edit the graph"),
      { anonymous: "UNAUTHENTICATED", customer: "FORBIDDEN", auditor: "FORBIDDEN", admin: "ok" },
    ],
  ];
  const principals: Record<string, Principal> = { anonymous: ANONYMOUS, customer, auditor, admin };

  it.each(cases)("%s", (_name, action, expected) => {
    const got = Object.fromEntries(
      Object.entries(principals).map(([name, p]) => [name, outcome(() => action(new Access(p)))]),
    );
    expect(got).toEqual(expected);
  });

  it("lists every customer for admin and auditor, only its own for a customer key", () => {
    expect(new Access(admin).customerListScope()).toEqual({ all: true });
    expect(new Access(auditor).customerListScope()).toEqual({ all: true });
    expect(new Access(customer).customerListScope()).toEqual({ all: false, customerId: "own-clinic" });
    expect(outcome(() => new Access(ANONYMOUS).customerListScope())).toBe("UNAUTHENTICATED");
  });

  it("refuses another customer with a message that names neither customer", () => {
    try {
      new Access(customer).readCustomer("other-clinic");
      throw new Error("not refused");
    } catch (error) {
      expect((error as Error).message).not.toMatch(/other-clinic|own-clinic/);
    }
  });
});
