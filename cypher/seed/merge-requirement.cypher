// Creates or updates Requirement nodes by uid; HITRUST controls also get the HitrustControl label.
// $rows: [{ uid, props }]. Columns: uid, id (the element id the link statements match by).
UNWIND $rows AS row
MERGE (n:Requirement {uid: row.uid})
SET n += row.props
FOREACH (_ IN CASE WHEN row.props.framework = 'HITRUST' THEN [1] ELSE [] END | SET n:HitrustControl)
RETURN row.uid AS uid, elementId(n) AS id
