// Creates (:Control)-[:SATISFIES]->(:Requirement) between nodes the same load created: none can exist yet.
// The statement of link-satisfies.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control) WHERE elementId(a) = row.from
MATCH (b:Requirement) WHERE elementId(b) = row.to
CREATE (a)-[r:SATISFIES]->(b)
SET r += row.props
