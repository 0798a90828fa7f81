// Every API key, newest first, without hashes. No parameters. Columns: key (map).
MATCH (k:ApiKey)
RETURN k {.id, .role, .customerId, .label, .createdAt, .revokedAt} AS key
ORDER BY k.createdAt DESC, k.id
