// Links (:Control)-[:RELIES_ON]->(:Control) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control) WHERE elementId(a) = row.from
MATCH (b:Control) WHERE elementId(b) = row.to
MERGE (a)-[r:RELIES_ON]->(b)
SET r += row.props
