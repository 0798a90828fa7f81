// Creates or updates Statement nodes by uid; loading twice leaves the same nodes and properties.
// $rows: [{ uid, props }]. Returns nothing.
UNWIND $rows AS row
MERGE (n:Statement {uid: row.uid})
SET n += row.props
