// Links (:Customer)-[:STARTS_FROM]->(:Party) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Customer) WHERE elementId(a) = row.from
MATCH (b:Party) WHERE elementId(b) = row.to
MERGE (a)-[r:STARTS_FROM]->(b)
SET r += row.props
