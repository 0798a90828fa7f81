// Gives one requirement its own inheritance row with $status: the edit row $uid takes over the
// requirement from the rows that covered it (they keep covering their other requirements) and names
// the same policies. A CONDITIONAL status depends on $capability.
// $requirement (uid), $version, $uid, $status, $capability (uid or null),
// $props (table, ruleAsWritten, inheritedAsWritten, controlAsWritten, notes, sourceDocument, sourceSection).
// Columns: before (the rows that covered it), row (map).
MATCH (r:Requirement {uid: $requirement})
CALL () {
  MATCH (x:InheritanceRow {version: $version})
  RETURN coalesce(max(x.row), 0) + 1 AS nextRow
}
OPTIONAL MATCH (old:InheritanceRow {version: $version})-[:COVERS]->(r)
WITH r, nextRow, collect(old) AS olds
WITH r, nextRow, olds,
     [o IN olds | o {.uid, .row, .table, .status}] AS before,
     COLLECT { UNWIND olds AS o MATCH (o)-[:NAMES]->(p:Policy) RETURN DISTINCT p } AS policies
CALL (r) {
  MATCH (o:InheritanceRow {version: $version})-[cov:COVERS]->(r)
  WHERE o.uid <> $uid
  DELETE cov
}
MERGE (row:InheritanceRow {uid: $uid})
ON CREATE SET row.row = nextRow
SET row += $props, row.status = $status, row.version = $version
MERGE (row)-[:COVERS]->(r)
FOREACH (p IN policies | MERGE (row)-[:NAMES]->(p))
WITH row, before
CALL (row) {
  OPTIONAL MATCH (row)-[d:DEPENDS_ON]->()
  DELETE d
}
CALL (row) {
  MATCH (k:Capability {uid: $capability})
  MERGE (row)-[:DEPENDS_ON]->(k)
}
RETURN before, row {.uid, .row, .table, .status, capability: $capability} AS row
