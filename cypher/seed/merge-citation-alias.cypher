// Creates or updates CitationAlias nodes: other paragraphs the documents use for a requirement
// (e.g. 164.314(a)(1)(i) for the standard 164.314(a)(1)), so that lookups by alias are index-backed.
// $rows: [{ uid, props }]. Returns nothing.
UNWIND $rows AS row
MERGE (n:CitationAlias {uid: row.uid})
SET n += row.props
