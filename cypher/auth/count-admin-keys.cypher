// How many admin keys are not revoked: zero at first start, when the log says how to create one.
// No parameters. Columns: count.
MATCH (k:ApiKey {role: 'admin'}) WHERE k.revokedAt IS NULL
RETURN count(k) AS count
