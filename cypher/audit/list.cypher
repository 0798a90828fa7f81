// Audit events, newest first, filtered; keyset pagination on (at, id).
// $action, $customerId, $actorKeyId: filters or null; $afterAt, $afterId: the cursor or null; $limit.
// Columns: event (map), total (events matching the filters).
MATCH (e:AuditEvent)
WHERE ($action IS NULL OR e.action = $action)
  AND ($customerId IS NULL OR e.customerId = $customerId)
  AND ($actorKeyId IS NULL OR e.actorKeyId = $actorKeyId)
WITH collect(e) AS matching
WITH matching, size(matching) AS total
UNWIND matching AS e
WITH e, total
WHERE $afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId)
RETURN e {.*} AS event, total
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
