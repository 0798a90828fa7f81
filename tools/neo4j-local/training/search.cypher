// Training for the class-data sharing archive: a full-text search.
// No parameters.
// Columns: uid, score.
CALL db.index.fulltext.queryNodes('training_text', 'alpha') YIELD node, score
RETURN node.uid AS uid, score ORDER BY score DESC LIMIT 5
