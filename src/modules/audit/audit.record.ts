// Writes the audit event of a change inside the change's own transaction: both are committed, or
// neither is. Every mutation goes through `recordChange`; nothing updates or deletes an event.
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/database.js";
import type { Principal } from "../../auth/principal.js";

/** Who made a change, from where. */
export interface Actor {
  principal: Principal;
  via: "api" | "cli";
  /** The request id of the API call (also in the server log); null from the command line. */
  requestId: string | null;
}

export interface Change {
  /** Dotted verb: customer.create, attestation.record, control.add, apiKey.revoke, ... */
  action: string;
  /** What changed, as kind:id (customer:sunrise-family-clinic, control:2021-03:luma-x). */
  target: string;
  /** The customer whose data changed, so a customer's history can be listed; null otherwise. */
  customerId: string | null;
  /** The source or reason given with an edit of the graph; null where none is asked. */
  reason: string | null;
  before: unknown;
  after: unknown;
}

export async function recordChange(tx: Tx, actor: Actor, change: Change): Promise<void> {
  await tx.run("audit/append", {
    event: {
      id: randomUUID(),
      at: new Date().toISOString(),
      action: change.action,
      target: change.target,
      customerId: change.customerId,
      reason: change.reason,
      before: JSON.stringify(change.before ?? null),
      after: JSON.stringify(change.after ?? null),
      actorRole: actor.principal.role,
      actorKeyId: actor.principal.keyId,
      actorCustomerId: actor.principal.customerId,
      via: actor.via,
      requestId: actor.requestId,
    },
  });
}
