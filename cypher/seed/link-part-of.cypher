// Links (:Requirement)-[:PART_OF]->(:Requirement) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Requirement {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props
