// The ids of every capability, to check a customer's choices against. No parameters. Columns: id.
MATCH (k:Capability) RETURN k.id AS id ORDER BY id
