// Full-text search over requirement, policy, control and obligation titles and descriptions.
// $text: a Lucene query (the service escapes user input); $limit.
// Columns: kind, key, title, text, version (null where the node has none), score.
CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node, score
RETURN
  CASE WHEN node:Requirement THEN 'REQUIREMENT' WHEN node:Policy THEN 'POLICY'
       WHEN node:Control THEN 'CONTROL' ELSE 'OBLIGATION' END AS kind,
  coalesce(node.citation, toString(node.number), node.id) AS key,
  coalesce(node.title, node.name, node.action) AS title,
  coalesce(node.description, node.action, node.title) AS text,
  node.version AS version,
  score
ORDER BY score DESC
LIMIT $limit
