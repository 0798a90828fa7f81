// Creates (:Requirement)-[:IN_FRAMEWORK]->(:Framework) between nodes the same load created: none can exist yet.
// The statement of link-in-framework.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Requirement) WHERE elementId(a) = row.from
MATCH (b:Framework) WHERE elementId(b) = row.to
CREATE (a)-[r:IN_FRAMEWORK]->(b)
SET r += row.props
