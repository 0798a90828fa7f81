// Records (or replaces) a customer's attestation on one obligation: one Attestation per customer and
// obligation; the audit log keeps every earlier value.
// $customer (uid), $obligation (obligation uid), $uid, $props {status, evidence, date, attestedBy, recordedAt}.
// Columns: before (map, null when new), attestation (map); no row: unknown customer or obligation.
MATCH (c:Customer {uid: $customer})
MATCH (o:Obligation {uid: $obligation})
OPTIONAL MATCH (old:Attestation {uid: $uid})
WITH c, o, CASE WHEN old IS NULL THEN null
                ELSE old {.status, .evidence, .date, .attestedBy, .recordedAt} END AS before
MERGE (a:Attestation {uid: $uid})
SET a += $props
MERGE (c)-[:ATTESTED]->(a)
MERGE (a)-[:FOR]->(o)
RETURN before,
       a {.status, .evidence, .date, .attestedBy, .recordedAt, customerId: c.uid, obligationId: o.id, version: o.version} AS attestation
