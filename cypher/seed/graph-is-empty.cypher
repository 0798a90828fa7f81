// Whether the graph holds nothing but API keys and the audit log (all that seed/delete-all keeps): the
// loader then creates nodes and relationships instead of merging them. No parameters. Columns: empty.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:ApiKey AND NOT n:AuditEvent } AS empty
