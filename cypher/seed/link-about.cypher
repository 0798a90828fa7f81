// Links (:Statement)-[:ABOUT]->(:Topic) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Statement {uid: row.from})
MATCH (b:Topic {uid: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props
