// Links (:Control)-[:RELIES_ON]->(:Control) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control {uid: row.from})
MATCH (b:Control {uid: row.to})
MERGE (a)-[r:RELIES_ON]->(b)
SET r += row.props
