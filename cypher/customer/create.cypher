// Creates a customer that starts from the customer template (the COVERED_ENTITY party); its
// capabilities are set next (customer/set-capabilities). $id, $name, $notes. Columns: id.
MATCH (p:Party {role: 'COVERED_ENTITY'})
WITH p ORDER BY p.uid LIMIT 1
CREATE (c:Customer {uid: $id, id: $id, name: $name, notes: $notes})
CREATE (c)-[:STARTS_FROM]->(p)
RETURN c.uid AS id
