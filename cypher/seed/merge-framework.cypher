// Creates or updates Framework nodes by uid; loading twice leaves the same nodes and properties.
// $rows: [{ uid, props }]. Returns nothing.
UNWIND $rows AS row
MERGE (n:Framework {uid: row.uid})
SET n += row.props
