// What a compliance officer must know about the documents themselves: computed from the graph, and
// the defects transcribed into seed/<version>/findings.yaml (Finding nodes).
// $version: policy-set version. Columns: kind, subject, detail (map), sources (list of {document,
// section, locator, version}), documents (numbers of the version's documents it concerns), requirements
// (refs it concerns), id (the seed id of a transcribed finding, else null).
// A version with no documents answers one UNKNOWN_VERSION row, so the caller can say NOT_FOUND.
OPTIONAL MATCH (known:Policy {version: $version})
WITH count(known) AS documents WHERE documents = 0
RETURN 'UNKNOWN_VERSION' AS kind, $version AS subject, {} AS detail, [] AS sources, [] AS documents,
  [] AS requirements, null AS id
UNION ALL
// Requirements (HIPAA, HITECH) that no policy's Applicable Standards list addresses; only for a version
// that has policies (2020-11 is a mapping page alone, which addresses nothing by design).
MATCH (r:Requirement) WHERE r.framework IN ['HIPAA', 'HITECH']
  AND EXISTS { MATCH (:Policy {version: $version, kind: 'POLICY'}) }
  AND NOT EXISTS { MATCH (:Policy {version: $version})-[:ADDRESSES]->(r) }
WITH r, COLLECT { MATCH (p:Policy {version: $version})-[:MENTIONS]->(r) RETURN p.number ORDER BY p.number } AS mentionedBy
RETURN 'REQUIREMENT_NOT_ADDRESSED' AS kind, r.citation AS subject,
  {title: r.title, requirementKind: r.kind, sortKey: r.sortKey, mentionedBy: mentionedBy} AS detail,
  [{document: r.sourceDocument, section: r.sourceSection, locator: null, version: null}] AS sources,
  mentionedBy AS documents, [r {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// HIPAA standards that no inheritance row covers: nothing says who owns them (for a version that has
// an inheritance table at all).
MATCH (table:Policy {version: $version, kind: 'INHERITANCE_TABLE'})
MATCH (r:Requirement {framework: 'HIPAA', kind: 'STANDARD'})
WHERE NOT EXISTS { MATCH (:InheritanceRow {version: $version})-[:COVERS]->(r) }
RETURN 'REQUIREMENT_WITHOUT_INHERITANCE_ROW' AS kind, r.citation AS subject,
  {title: r.title, sortKey: r.sortKey} AS detail,
  [{document: table.file, section: table.title, locator: null, version: table.version}] AS sources,
  [table.number] AS documents, [r {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// Policies that no row of the inheritance table names.
MATCH (p:Policy {version: $version, kind: 'POLICY'})
WHERE NOT EXISTS { MATCH (:InheritanceRow {version: $version})-[:NAMES]->(p) }
RETURN 'POLICY_NOT_IN_INHERITANCE_TABLE' AS kind, toString(p.number) AS subject,
  {title: p.title, sortKey: right('000' + toString(p.number), 3)} AS detail,
  [{document: p.file, section: p.title, locator: null, version: p.version}] AS sources,
  [p.number] AS documents, [] AS requirements, null AS id
UNION ALL
// Rows naming a policy whose Applicable Standards do not cite the row's rule (nor one of its specifications).
MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(r:Requirement), (row)-[:NAMES]->(p:Policy)
WHERE NOT EXISTS { MATCH (p)-[:ADDRESSES]->(r) }
  AND NOT EXISTS { MATCH (p)-[:ADDRESSES]->(:Requirement)-[:PART_OF]->(r) }
RETURN 'ROW_POLICY_DOES_NOT_CITE_RULE' AS kind, r.citation AS subject,
  {row: row.row, policy: p.number, policyTitle: p.title, title: r.title, sortKey: r.sortKey} AS detail,
  [{document: row.sourceDocument, section: row.sourceSection, locator: 'table row ' + toString(row.row), version: row.version}] AS sources,
  [p.number] AS documents, [r {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// Policies whose Applicable Standards cite a row's rule (or one of its specifications) that the row does
// not name. A citation withheld from derived links (its title names another rule) does not count.
MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(r:Requirement)
MATCH (p:Policy {version: $version, kind: 'POLICY'})-[a:ADDRESSES]->(x:Requirement)
WHERE (x = r OR (x)-[:PART_OF]->(r)) AND coalesce(a.derive, true) AND NOT (row)-[:NAMES]->(p)
WITH row, r, p, collect(DISTINCT x.citation) AS cited, head(collect(a.sections[0])) AS section
RETURN 'ROW_OMITS_CITING_POLICY' AS kind, r.citation AS subject,
  {row: row.row, policy: p.number, policyTitle: p.title, title: r.title, cited: cited,
   sortKey: r.sortKey + ' ' + right('000' + toString(p.number), 3)} AS detail,
  [{document: row.sourceDocument, section: row.sourceSection, locator: 'table row ' + toString(row.row), version: row.version},
   {document: p.file, section: section, locator: null, version: p.version}] AS sources,
  [p.number] AS documents, [r {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// Policies with no Applicable Standards at all.
MATCH (p:Policy {version: $version, kind: 'POLICY'})
WHERE NOT EXISTS { MATCH (p)-[:ADDRESSES]->() }
RETURN 'POLICY_WITHOUT_APPLICABLE_STANDARDS' AS kind, toString(p.number) AS subject,
  {title: p.title, sortKey: right('000' + toString(p.number), 3)} AS detail,
  [{document: p.file, section: p.title, locator: 'no Applicable Standards section', version: p.version}] AS sources,
  [p.number] AS documents, [] AS requirements, null AS id
UNION ALL
// Rules a policy's text cites that its own Applicable Standards list leaves out.
MATCH (p:Policy {version: $version, kind: 'POLICY'})-[m:MENTIONS]->(r:Requirement)
WHERE 'INLINE' IN m.contexts AND NOT EXISTS { MATCH (p)-[:ADDRESSES]->(r) }
RETURN 'CITED_IN_TEXT_NOT_LISTED' AS kind, r.citation AS subject,
  {policy: p.number, policyTitle: p.title, title: r.title, citedAs: m.citedAs,
   sortKey: right('000' + toString(p.number), 3) + ' ' + r.sortKey} AS detail,
  [s IN m.sections | {document: p.file, section: s, locator: null, version: p.version}] AS sources,
  [p.number] AS documents, [r {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// Citations kept as written but withheld from the derived HITRUST links (derive: false in the seed):
// the HITRUST controls of the same policy that are not linked to the rule through it.
MATCH (p:Policy {version: $version})-[a:ADDRESSES]->(r:Requirement)
WHERE a.derive = false
WITH p, a, r, COLLECT { MATCH (p)-[:ADDRESSES]->(h:HitrustControl) RETURN h ORDER BY h.sortKey } AS controls
RETURN 'DERIVED_LINK_WITHHELD' AS kind, r.citation AS subject,
  {policy: p.number, policyTitle: p.title, title: r.title, citedAs: a.citedAs, notes: a.notes,
   withheldFrom: [h IN controls | h.citation], sortKey: r.sortKey} AS detail,
  [s IN a.sections | {document: p.file, section: s, locator: null, version: p.version}] AS sources,
  [p.number] AS documents,
  [r {.citation, .title, .framework, .kind}] + [h IN controls | h {.citation, .title, .framework, .kind}] AS requirements,
  null AS id
UNION ALL
// HITRUST ids flagged while transcribing (a name that belongs to another control, a malformed id, ...).
MATCH (h:HitrustControl {version: $version}) WHERE size(coalesce(h.flagKinds, [])) > 0
UNWIND range(0, size(h.flagKinds) - 1) AS i
WITH h, i, split(h.flagSources[i], ' § ') AS source
RETURN 'HITRUST_' + h.flagKinds[i] AS kind, h.citation AS subject,
  {title: h.title, note: h.flagNotes[i], sortKey: h.sortKey} AS detail,
  [{document: source[0], section: source[1], locator: null, version: h.version}] AS sources,
  COLLECT { MATCH (p:Policy {version: $version, file: source[0]}) RETURN p.number } AS documents,
  [h {.citation, .title, .framework, .kind}] AS requirements, null AS id
UNION ALL
// Topics on which the documents state different values.
MATCH (t:Topic {version: $version})<-[:ABOUT]-(s:Statement)
WITH t, collect(s) AS statements
WITH t, statements, reduce(seen = [], v IN [s IN statements | toLower(s.value)] | CASE WHEN v IN seen THEN seen ELSE seen + v END) AS values
WHERE size(values) > 1
RETURN 'CONTRADICTION' AS kind, t.id AS subject,
  {question: t.question, values: [s IN statements | s.value], sortKey: t.id} AS detail,
  [s IN statements | {document: s.sourceDocument, section: s.sourceSection, locator: s.sourceLocator, version: s.version}] AS sources,
  COLLECT { UNWIND statements AS s MATCH (s)-[:MADE_IN]->(p:Policy) RETURN DISTINCT p.number ORDER BY p.number } AS documents,
  [] AS requirements, null AS id
UNION ALL
// Defects transcribed from the documents.
MATCH (f:Finding {version: $version})
RETURN f.kind AS kind, f.subject AS subject, {summary: f.summary, sortKey: f.id} AS detail,
  [i IN range(0, size(f.sourceDocuments) - 1) |
    {document: f.sourceDocuments[i], section: f.sourceSections[i],
     locator: CASE WHEN f.sourceLocators[i] = '' THEN null ELSE f.sourceLocators[i] END, version: f.sourceVersions[i]}] AS sources,
  COLLECT { MATCH (f)-[:IN_DOCUMENT]->(p:Policy) RETURN p.number ORDER BY p.number } AS documents,
  COLLECT { MATCH (f)-[:CONCERNS]->(r:Requirement) RETURN r {.citation, .title, .framework, .kind} ORDER BY r.sortKey } AS requirements,
  f.id AS id
