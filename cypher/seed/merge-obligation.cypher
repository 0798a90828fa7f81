// Creates or updates Obligation nodes by uid; loading twice leaves the same nodes and properties.
// $rows: [{ uid, props }]. Returns nothing.
UNWIND $rows AS row
MERGE (n:Obligation {uid: row.uid})
SET n += row.props
