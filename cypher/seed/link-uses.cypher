// Links (:Customer)-[:USES]->(:Capability) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Customer) WHERE elementId(a) = row.from
MATCH (b:Capability) WHERE elementId(b) = row.to
MERGE (a)-[r:USES]->(b)
SET r += row.props
