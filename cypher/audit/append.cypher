// Appends one audit event; called inside the transaction of the change it records. There is no
// statement that updates or deletes an AuditEvent.
// $event: {id, at, action, target, customerId, reason, before, after (JSON text), actorRole,
// actorKeyId, actorCustomerId, via, requestId}. Returns nothing.
CREATE (e:AuditEvent)
SET e = $event
