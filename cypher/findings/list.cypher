// What a compliance officer must know about the documents themselves, computed from the graph.
// $version: policy-set version. Columns: kind, subject, detail (map), sources (list of maps).
// A version with no documents answers one UNKNOWN_VERSION row, so the caller can say NOT_FOUND.
OPTIONAL MATCH (known:Policy {version: $version})
WITH count(known) AS documents WHERE documents = 0
RETURN 'UNKNOWN_VERSION' AS kind, $version AS subject, {} AS detail, [] AS sources
UNION ALL
// Requirements (HIPAA, HITECH) that no policy's Applicable Standards list addresses; only for a version
// that has policies (2020-11 is a mapping page alone: it addresses nothing, and claims to).
MATCH (r:Requirement) WHERE r.framework IN ['HIPAA', 'HITECH']
  AND EXISTS { MATCH (:Policy {version: $version, kind: 'POLICY'}) }
  AND NOT EXISTS { MATCH (:Policy {version: $version})-[:ADDRESSES]->(r) }
RETURN 'REQUIREMENT_NOT_ADDRESSED' AS kind, r.citation AS subject,
  {title: r.title, requirementKind: r.kind, sortKey: r.sortKey,
   mentionedBy: COLLECT { MATCH (p:Policy {version: $version})-[:MENTIONS]->(r) RETURN p.number }} AS detail,
  [] AS sources
UNION ALL
// HIPAA standards that no inheritance row covers: nothing says who owns them (for a version that has
// an inheritance table at all).
MATCH (r:Requirement {framework: 'HIPAA', kind: 'STANDARD'})
WHERE EXISTS { MATCH (:InheritanceRow {version: $version}) }
  AND NOT EXISTS { MATCH (:InheritanceRow {version: $version})-[:COVERS]->(r) }
RETURN 'REQUIREMENT_WITHOUT_INHERITANCE_ROW' AS kind, r.citation AS subject, {title: r.title, sortKey: r.sortKey} AS detail, [] AS sources
UNION ALL
// Policies that no row of the inheritance table names.
MATCH (p:Policy {version: $version, kind: 'POLICY'})
WHERE NOT EXISTS { MATCH (:InheritanceRow {version: $version})-[:NAMES]->(p) }
RETURN 'POLICY_NOT_IN_INHERITANCE_TABLE' AS kind, toString(p.number) AS subject,
  {title: p.title, sortKey: right('000' + toString(p.number), 3)} AS detail,
  [{document: p.file, section: p.title, version: p.version}] AS sources
UNION ALL
// Rows naming a policy whose Applicable Standards do not cite the row's rule (nor one of its specifications).
MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(r:Requirement), (row)-[:NAMES]->(p:Policy)
WHERE NOT EXISTS { MATCH (p)-[:ADDRESSES]->(r) }
  AND NOT EXISTS { MATCH (p)-[:ADDRESSES]->(:Requirement)-[:PART_OF]->(r) }
RETURN 'ROW_POLICY_DOES_NOT_CITE_RULE' AS kind, r.citation AS subject,
  {row: row.row, policy: p.number, policyTitle: p.title, title: r.title, sortKey: r.sortKey} AS detail,
  [{document: row.sourceDocument, section: row.sourceSection, version: row.version}] AS sources
UNION ALL
// HITRUST ids flagged while transcribing (a name that belongs to another control, a malformed id, ...).
MATCH (h:HitrustControl {version: $version}) WHERE size(coalesce(h.flagKinds, [])) > 0
UNWIND range(0, size(h.flagKinds) - 1) AS i
RETURN 'HITRUST_' + h.flagKinds[i] AS kind, h.citation AS subject,
  {title: h.title, note: h.flagNotes[i], sortKey: h.sortKey} AS detail,
  [{document: split(h.flagSources[i], ' § ')[0], section: split(h.flagSources[i], ' § ')[1], version: h.version}] AS sources
UNION ALL
// Topics on which the documents state different values.
MATCH (t:Topic {version: $version})<-[:ABOUT]-(s:Statement)
WITH t, collect(s) AS statements
WITH t, statements, reduce(seen = [], v IN [s IN statements | toLower(s.value)] | CASE WHEN v IN seen THEN seen ELSE seen + v END) AS values
WHERE size(values) > 1
RETURN 'CONTRADICTION' AS kind, t.id AS subject,
  {question: t.question, values: [s IN statements | s.value], sortKey: t.id} AS detail,
  [s IN statements | {document: s.sourceDocument, section: s.sourceSection, version: s.version}] AS sources
