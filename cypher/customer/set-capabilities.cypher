// Replaces the capabilities a customer uses with exactly $capabilities (ids, checked beforehand).
// $id, $capabilities. Returns nothing.
MATCH (c:Customer {uid: $id})
OPTIONAL MATCH (c)-[u:USES]->(:Capability)
DELETE u
WITH DISTINCT c
UNWIND $capabilities AS k
MATCH (cap:Capability {uid: k})
MERGE (c)-[:USES]->(cap)
