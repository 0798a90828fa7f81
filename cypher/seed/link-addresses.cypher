// Links (:Policy)-[:ADDRESSES]->(:Requirement) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Policy {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:ADDRESSES]->(b)
SET r += row.props
