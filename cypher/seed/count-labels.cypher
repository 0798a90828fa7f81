// Counts nodes per label and relationships per type, for the loader's report and the tests.
// No parameters. Columns: kind ('label' | 'type'), name, count.
CALL db.labels() YIELD label
CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
RETURN 'label' AS kind, label AS name, count
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType
CALL (relationshipType) { MATCH ()-[r]->() WHERE type(r) = relationshipType RETURN count(r) AS count }
RETURN 'type' AS kind, relationshipType AS name, count
