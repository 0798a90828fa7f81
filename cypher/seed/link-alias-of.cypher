// Links (:CitationAlias)-[:ALIAS_OF]->(:Requirement) by uid; MERGE keeps it idempotent.
// $rows: [{ from, to, props }]. Returns nothing.
UNWIND $rows AS row
MATCH (a:CitationAlias {uid: row.from})
MATCH (b:Requirement {uid: row.to})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += row.props
