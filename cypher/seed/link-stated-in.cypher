// Links (:Obligation)-[:STATED_IN]->(:Policy) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Obligation {uid: row.from})
MATCH (b:Policy {uid: row.to})
MERGE (a)-[r:STATED_IN]->(b)
SET r += row.props
