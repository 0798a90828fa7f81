// Stores a new API key: its public id and the SHA-256 of the whole key, never the key itself.
// $id, $hash, $role, $customerId (null unless role customer), $label, $createdAt (ISO-8601).
// Columns: key (map, without the hash).
CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, customerId: $customerId, label: $label,
                  createdAt: $createdAt, revokedAt: null})
RETURN k {.id, .role, .customerId, .label, .createdAt, .revokedAt} AS key
