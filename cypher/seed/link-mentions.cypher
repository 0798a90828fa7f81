// Links (:Policy)-[:MENTIONS]->(:Requirement): a citation in a table row or in running text, kept
// apart from the Applicable Standards lists (ADDRESSES).
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:Policy) WHERE elementId(a) = row.from
MATCH (b:Requirement) WHERE elementId(b) = row.to
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props
