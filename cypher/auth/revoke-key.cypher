// Revokes an API key; revoking twice keeps the first time. $id, $at (ISO-8601).
// Columns: before (revokedAt before the change), key (map, without the hash); no row: unknown id.
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt AS before
SET k.revokedAt = coalesce(k.revokedAt, $at)
RETURN before, k {.id, .role, .customerId, .label, .createdAt, .revokedAt} AS key
