// Links (:CitationAlias)-[:ALIAS_OF]->(:Requirement) by element id; MERGE keeps it idempotent.
// $rows: [{ from, to, props }], from and to the element ids the merge statements returned. Returns nothing.
UNWIND $rows AS row
MATCH (a:CitationAlias) WHERE elementId(a) = row.from
MATCH (b:Requirement) WHERE elementId(b) = row.to
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += row.props
