// Links (:Finding)-[:CONCERNS]->(:Requirement) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Finding) WHERE elementId(a) = row.from
MATCH (b:Requirement) WHERE elementId(b) = row.to
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props
