// Links (:Finding)-[:IN_DOCUMENT]->(:Policy) by element id; MERGE keeps it idempotent,
// props are set over the existing ones (SET +=).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Finding) WHERE elementId(a) = row.from
MATCH (b:Policy) WHERE elementId(b) = row.to
MERGE (a)-[r:IN_DOCUMENT]->(b)
SET r += row.props
