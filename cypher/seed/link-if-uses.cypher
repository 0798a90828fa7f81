// Links (:Obligation)-[:IF_USES]->(:Capability) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Obligation {uid: row.from})
MATCH (b:Capability {uid: row.to})
MERGE (a)-[r:IF_USES]->(b)
SET r += row.props
