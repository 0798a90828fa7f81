// Training for the class-data sharing archive: a bulk node write as the seed loader sends it.
// $rows: [{uid, props}].
// Columns: none.
UNWIND $rows AS row MERGE (n:Training {uid: row.uid}) SET n += row.props
