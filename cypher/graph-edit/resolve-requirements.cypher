// Canonical citations (or aliases) to requirement uids. $ids. Columns: id, uid; no row for an unknown id.
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Requirement {uid: id}) RETURN r
  UNION
  MATCH (:CitationAlias {uid: id})-[:ALIAS_OF]->(r:Requirement) RETURN r
}
RETURN id, r.uid AS uid
