// Links (:Control)-[:DEFINED_IN]->(:Policy) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control {uid: row.from})
MATCH (b:Policy {uid: row.to})
MERGE (a)-[r:DEFINED_IN]->(b)
SET r += row.props
