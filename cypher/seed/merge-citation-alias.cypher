// Creates or updates CitationAlias nodes: other paragraphs the documents use for a requirement
// (e.g. 164.314(a)(1)(i) for the standard 164.314(a)(1)), so that lookups by alias are index-backed.
// $rows: [{ uid, props }]. Columns: uid, id (the element id the link statements match by).
UNWIND $rows AS row
MERGE (n:CitationAlias {uid: row.uid})
SET n += row.props
RETURN row.uid AS uid, elementId(n) AS id
