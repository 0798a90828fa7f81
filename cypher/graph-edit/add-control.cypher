// Adds a control with its operator, defining policy, requirements and dependencies (all checked first).
// $uid, $props (id, name, description, version, operator, sourceDocuments, sourceSections, sourceLocators, reason),
// $operator, $version, $policy, $section, $satisfies (requirement uids), $reliesOn (control uids).
// Columns: uid.
MATCH (p:Party {uid: $operator})
MATCH (pol:Policy {version: $version, number: $policy})
CREATE (c:Control {uid: $uid})
SET c += $props
CREATE (p)-[:OPERATES {version: $version}]->(c)
CREATE (c)-[:DEFINED_IN {section: $section}]->(pol)
WITH c
CALL (c) {
  UNWIND $satisfies AS rid
  MATCH (r:Requirement {uid: rid})
  MERGE (c)-[:SATISFIES]->(r)
}
CALL (c) {
  UNWIND $reliesOn AS oid
  MATCH (o:Control {uid: oid})
  MERGE (c)-[:RELIES_ON]->(o)
}
RETURN c.uid AS uid
