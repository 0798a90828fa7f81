// Links (:Statement)-[:MADE_IN]->(:Policy) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Statement {uid: row.from})
MATCH (b:Policy {uid: row.to})
MERGE (a)-[r:MADE_IN]->(b)
SET r += row.props
