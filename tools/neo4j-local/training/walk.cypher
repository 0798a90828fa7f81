// Training for the class-data sharing archive: a read with subqueries and a variable-length walk.
// $kind: a :Training kind.
// Columns: n (map).
MATCH (n:Training {kind: $kind})
RETURN n {.uid, .title,
  out: COLLECT { MATCH (n)-[:LINKS*1..3]->(m) RETURN DISTINCT m.uid ORDER BY m.uid },
  count: COUNT { (n)<-[:LINKS]-() }} ORDER BY n.uid
