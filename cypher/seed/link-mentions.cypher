// Links (:Policy)-[:MENTIONS]->(:Requirement): a citation in a table row or in running text, kept
// apart from the Applicable Standards lists (ADDRESSES). $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Policy {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:MENTIONS]->(b)
SET r += row.props
