// Creates (:Finding)-[:CONCERNS]->(:Requirement) between nodes the same load created: none can exist yet.
// The statement of link-concerns.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Finding) WHERE elementId(a) = row.from
MATCH (b:Requirement) WHERE elementId(b) = row.to
CREATE (a)-[r:CONCERNS]->(b)
SET r += row.props
