// What an audit event says about a change. The event is written inside the change's own transaction
// (AuditRepository.append): both are committed, or neither is. Every mutation records its change;
// nothing updates or deletes an event.
import { randomUUID } from "node:crypto";
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

/** An AuditEvent node's properties, as stored (before and after as JSON text). */
export interface StoredEvent {
  id: string;
  at: string;
  action: string;
  target: string;
  customerId: string | null;
  reason: string | null;
  before: string;
  after: string;
  actorRole: string;
  actorKeyId: string | null;
  actorCustomerId: string | null;
  via: string;
  requestId: string | null;
}

export function auditEvent(actor: Actor, change: Change): StoredEvent {
  return {
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
  };
}
