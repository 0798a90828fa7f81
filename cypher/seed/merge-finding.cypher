// Creates or updates Finding nodes by uid; loading twice leaves the same nodes and properties.
// $rows: [{ uid, props }]. Columns: uid, id (the element id the link statements match by).
UNWIND $rows AS row
MERGE (n:Finding {uid: row.uid})
SET n += row.props
RETURN row.uid AS uid, elementId(n) AS id
