// Creates a customer that starts from the customer party; its capabilities are set next
// (customer/set-capabilities). $id, $name, $notes. Columns: id.
MATCH (p:Party {uid: 'customer'})
CREATE (c:Customer {uid: $id, id: $id, name: $name, notes: $notes})
CREATE (c)-[:STARTS_FROM]->(p)
RETURN c.uid AS id
