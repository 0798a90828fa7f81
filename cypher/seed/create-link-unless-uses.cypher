// Creates (:Obligation)-[:UNLESS_USES]->(:Capability) between nodes the same load created: none can exist yet.
// The statement of link-unless-uses.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Obligation) WHERE elementId(a) = row.from
MATCH (b:Capability) WHERE elementId(b) = row.to
CREATE (a)-[r:UNLESS_USES]->(b)
SET r += row.props
