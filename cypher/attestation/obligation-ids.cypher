// The obligation ids of a policy-set version, to check an attestation against. $version. Columns: id.
MATCH (o:Obligation {version: $version}) RETURN o.id AS id ORDER BY id
