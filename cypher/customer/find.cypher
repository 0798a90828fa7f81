// Customers with their choices: every capability, and whether the customer uses it.
// $id: a customer id, or null for all. Columns: customer (map).
MATCH (c:Customer)
WHERE $id IS NULL OR c.uid = $id
RETURN c {
  .id, .name, .notes,
  startsFrom: head(COLLECT { MATCH (c)-[:STARTS_FROM]->(p:Party) RETURN p.id }),
  capabilities: COLLECT {
    MATCH (k:Capability)
    RETURN k {.id, .name, .description, .defaultForTemplate, used: EXISTS { (c)-[:USES]->(k) }} ORDER BY k.id
  }
} AS customer
ORDER BY c.name
