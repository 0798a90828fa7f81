// Creates (:Control)-[:RELIES_ON]->(:Control) between nodes the same load created: none can exist yet.
// The statement of link-relies-on.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control) WHERE elementId(a) = row.from
MATCH (b:Control) WHERE elementId(b) = row.to
CREATE (a)-[r:RELIES_ON]->(b)
SET r += row.props
