// Creates (:Control)-[:DEFINED_IN]->(:Policy) between nodes the same load created: none can exist yet.
// The statement of link-defined-in.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Control) WHERE elementId(a) = row.from
MATCH (b:Policy) WHERE elementId(b) = row.to
CREATE (a)-[r:DEFINED_IN]->(b)
SET r += row.props
