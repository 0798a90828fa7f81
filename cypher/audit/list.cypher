// Audit events, newest first, filtered; keyset pagination on (at, id). Always one row, so the total
// is known on a page past the end too.
// $action, $customerId, $actorKeyId: filters or null; $afterAt, $afterId: the cursor or null; $limit.
// Columns: total (events matching the filters), events (maps, at most $limit).
CALL () {
  MATCH (e:AuditEvent)
  WHERE ($action IS NULL OR e.action = $action)
    AND ($customerId IS NULL OR e.customerId = $customerId)
    AND ($actorKeyId IS NULL OR e.actorKeyId = $actorKeyId)
  RETURN count(e) AS total
}
RETURN total, COLLECT {
  MATCH (e:AuditEvent)
  WHERE ($action IS NULL OR e.action = $action)
    AND ($customerId IS NULL OR e.customerId = $customerId)
    AND ($actorKeyId IS NULL OR e.actorKeyId = $actorKeyId)
    AND ($afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
  RETURN e {.*} AS event
  ORDER BY e.at DESC, e.id DESC
  LIMIT $limit
} AS events
