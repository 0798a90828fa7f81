// Creates (:Finding)-[:IN_DOCUMENT]->(:Policy) between nodes the same load created: none can exist yet.
// The statement of link-in-document.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ from, to, props }], element ids, each pair once. Returns nothing.
UNWIND $rows AS row
MATCH (a:Finding) WHERE elementId(a) = row.from
MATCH (b:Policy) WHERE elementId(b) = row.to
CREATE (a)-[r:IN_DOCUMENT]->(b)
SET r += row.props
