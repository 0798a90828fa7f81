// Empties the graph (npm run seed -- --reset) but keeps API keys and the audit log: reloading the
// documents must not lock everyone out or erase the record of who changed what.
// Batched so a large graph does not exhaust transaction memory. No parameters. Returns nothing.
MATCH (n) WHERE NOT n:ApiKey AND NOT n:AuditEvent
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
