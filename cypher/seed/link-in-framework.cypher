// Links (:Requirement)-[:IN_FRAMEWORK]->(:Framework) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Requirement {uid: row.from})
MATCH (b:Framework {uid: row.to})
MERGE (a)-[r:IN_FRAMEWORK]->(b)
SET r += row.props
