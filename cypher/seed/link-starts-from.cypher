// Links (:Customer)-[:STARTS_FROM]->(:Party) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Customer {uid: row.from})
MATCH (b:Party {uid: row.to})
MERGE (a)-[r:STARTS_FROM]->(b)
SET r += row.props
