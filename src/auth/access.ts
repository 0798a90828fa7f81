// Every authorization rule in one place. Resolvers and the exports ask this class; nothing else
// decides who may read or change what.
//
//   anonymous  the public catalogue and template answers (unless ANONYMOUS_READ=false: nothing)
//   customer   the catalogue, plus its own customer's answers, gaps, choices and attestations
//   auditor    everything, including the audit log; changes nothing
//   admin      everything, and every change
//
// A customer key that names another customer gets the same FORBIDDEN whether that customer exists
// or not, so no answer or error reveals another customer.
import { forbidden, unauthenticated } from "../errors.js";
import type { Principal, Role } from "./principal.js";

const SIGN_IN = "Send an API key as `Authorization: Bearer <key>`";

export class Access {
  constructor(readonly principal: Principal) {}

  get isAnonymous(): boolean {
    return this.principal.role === "anonymous";
  }

  /** Throws unless the principal has one of the roles. */
  require(roles: readonly Role[], what: string): void {
    const { role } = this.principal;
    if (role === "anonymous") throw unauthenticated(`${SIGN_IN} to ${what}.`);
    if (!roles.includes(role)) {
      throw forbidden(`A ${role} key may not ${what}; it takes a key with role ${roles.join(" or ")}.`);
    }
  }

  /** Reading one customer's tailored answers, choices, gaps or matrix. null is the template: public. */
  readCustomer(customerId: string | null): void {
    if (customerId === null) return;
    this.require(["admin", "auditor", "customer"], "read a customer's answers");
    this.mustBeOwn(customerId);
  }

  /** Changing one customer's choices or attestations: admin, or that customer's own key. */
  changeCustomer(customerId: string): void {
    this.require(["admin", "customer"], "change a customer's choices or attestations");
    this.mustBeOwn(customerId);
  }

  /** Which customers a list may show: every one (admin, auditor) or the key's own. */
  customerListScope(): { all: true } | { all: false; customerId: string } {
    this.require(["admin", "auditor", "customer"], "list customers");
    const { role, customerId } = this.principal;
    if (role !== "customer") return { all: true };
    if (customerId === null) throw notYours();
    return { all: false, customerId };
  }

  private mustBeOwn(customerId: string): void {
    if (this.principal.role === "customer" && this.principal.customerId !== customerId) throw notYours();
  }
}

function notYours() {
  return forbidden("This API key is bound to one customer and may read or change only that customer's data.");
}
