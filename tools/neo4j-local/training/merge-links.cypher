// Training for the class-data sharing archive: a bulk relationship write as the seed loader sends it.
// $rows: [{from, to, props}], uids of :Training nodes.
// Columns: none.
UNWIND $rows AS row
MATCH (a:Training {uid: row.from})
MATCH (b:Training {uid: row.to})
MERGE (a)-[r:LINKS]->(b) SET r += row.props
