// Links (:InheritanceRow)-[:NAMES]->(:Policy) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:InheritanceRow {uid: row.from})
MATCH (b:Policy {uid: row.to})
MERGE (a)-[r:NAMES]->(b)
SET r += row.props
