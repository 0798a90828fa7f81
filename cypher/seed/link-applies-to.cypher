// Links (:Obligation)-[:APPLIES_TO]->(:Requirement) by uid; MERGE keeps it idempotent, props are overwritten.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Obligation {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r += row.props
