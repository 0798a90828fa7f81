// Links (:InheritanceRow)-[:COVERS]->(:Requirement) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:InheritanceRow {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:COVERS]->(b)
SET r += row.props
