// Links (:Party)-[:OPERATES]->(:Control) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Party {uid: row.from})
MATCH (b:Control {uid: row.to})
MERGE (a)-[r:OPERATES]->(b)
SET r += row.props
