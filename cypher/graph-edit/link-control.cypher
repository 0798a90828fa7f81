// Links a control to a requirement it satisfies; linking twice changes nothing.
// $control (uid), $requirement (uid), $reason, $at. Columns: existed; no row: unknown control.
MATCH (c:Control {uid: $control})
MATCH (r:Requirement {uid: $requirement})
OPTIONAL MATCH (c)-[old:SATISFIES]->(r)
WITH c, r, old IS NOT NULL AS existed
MERGE (c)-[s:SATISFIES]->(r)
ON CREATE SET s.reason = $reason, s.addedAt = $at
RETURN existed
