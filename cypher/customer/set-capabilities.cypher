// Makes the capabilities a customer uses exactly $capabilities (ids, checked beforehand), touching only
// what changes: unchanged choices take no lock on the shared Capability nodes, so concurrent updates
// of different customers rarely contend. $id, $capabilities. Returns nothing.
MATCH (c:Customer {uid: $id})
CALL (c) {
  MATCH (c)-[u:USES]->(k:Capability)
  WHERE NOT k.uid IN $capabilities
  DELETE u
}
CALL (c) {
  UNWIND $capabilities AS id
  MATCH (k:Capability {uid: id})
  WHERE NOT EXISTS { (c)-[:USES]->(k) }
  CREATE (c)-[:USES]->(k)
}
