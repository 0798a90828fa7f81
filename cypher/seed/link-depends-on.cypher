// Links (:InheritanceRow)-[:DEPENDS_ON]->(:Capability) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:InheritanceRow {uid: row.from})
MATCH (b:Capability {uid: row.to})
MERGE (a)-[r:DEPENDS_ON]->(b)
SET r += row.props
