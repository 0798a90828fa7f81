// Creates Finding nodes on a graph that has none of the seed (the loader checks first): no MERGE lookup.
// The statement of merge-finding.cypher with CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ uid, props }], uids distinct. Columns: uid, id (the element id the link statements match by).
UNWIND $rows AS row
CREATE (n:Finding {uid: row.uid})
SET n += row.props
RETURN row.uid AS uid, elementId(n) AS id
