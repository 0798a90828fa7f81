// Creates (:InheritanceRow)-[:DEPENDS_ON]->(:Capability) between nodes the same load created: none can exist yet.
// The statement of link-depends-on.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:InheritanceRow) WHERE elementId(a) = row.from
MATCH (b:Capability) WHERE elementId(b) = row.to
CREATE (a)-[r:DEPENDS_ON]->(b)
SET r += row.props
