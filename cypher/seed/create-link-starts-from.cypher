// Creates (:Customer)-[:STARTS_FROM]->(:Party) between nodes the same load created: none can exist yet.
// The statement of link-starts-from.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Customer) WHERE elementId(a) = row.from
MATCH (b:Party) WHERE elementId(b) = row.to
CREATE (a)-[r:STARTS_FROM]->(b)
SET r += row.props
