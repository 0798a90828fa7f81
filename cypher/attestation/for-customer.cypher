// A customer's attestations in a policy-set version. $customer (uid), $version.
// Columns: attestation (map).
MATCH (c:Customer {uid: $customer})-[:ATTESTED]->(a:Attestation)-[:FOR]->(o:Obligation {version: $version})
RETURN a {.status, .evidence, .date, .attestedBy, .recordedAt, customerId: c.uid, obligationId: o.id, version: o.version} AS attestation
ORDER BY o.id
