// One API key by its public id, with the hash to compare against (index-backed: unique id).
// $id. Columns: key (map), or no row.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .hash, .role, .customerId, .revokedAt} AS key
