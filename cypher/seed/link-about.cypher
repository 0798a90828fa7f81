// Links (:Statement)-[:ABOUT]->(:Topic) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Statement) WHERE elementId(a) = row.from
MATCH (b:Topic) WHERE elementId(b) = row.to
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props
