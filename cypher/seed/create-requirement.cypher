// Creates Requirement nodes on a graph that has none of the seed (the loader checks first): no MERGE lookup.
// HITRUST controls also get the HitrustControl label. The statement of merge-requirement.cypher with
// CREATE for MERGE (a unit test keeps them alike).
// $rows: [{ uid, props }], uids distinct. Columns: uid, id (the element id the link statements match by).
UNWIND $rows AS row
CREATE (n:Requirement {uid: row.uid})
SET n += row.props
FOREACH (_ IN CASE WHEN row.props.framework = 'HITRUST' THEN [1] ELSE [] END | SET n:HitrustControl)
RETURN row.uid AS uid, elementId(n) AS id
