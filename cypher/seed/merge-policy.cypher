// Creates or updates Policy nodes by uid; loading twice leaves the same nodes and properties.
// $rows: [{ uid, props }]. Returns nothing.
UNWIND $rows AS row
MERGE (n:Policy {uid: row.uid})
SET n += row.props
