// Requirements with everything the Requirement type shows, in one round trip: by citation/alias
// ($ids), or one page of a filtered list ordered by sortKey (cursor: the last sortKey seen).
// $ids: canonical citations or null; $framework, $kind, $safeguard: filters or null; $after: sortKey or null;
// $limit: page size + 1 (the extra row tells whether there is a next page); $version: policy-set version;
// $parts: {standard, specifications, citations, policies, inheritanceRows, controls, obligations, related,
// withheld, totalCount} booleans: the subqueries the request selects (the others answer [] or null, uncomputed).
// Columns: total (matches of the filter, null for $ids or unselected), requirement (map). A page with
// no requirement (past the end of the list) is one row with a null requirement, so that its total is known.
WITH CASE WHEN $ids IS NULL AND $parts.totalCount THEN COUNT {
       MATCH (x:Requirement)
       WHERE ($framework IS NULL OR x.framework = $framework) AND ($kind IS NULL OR x.kind = $kind)
         AND ($safeguard IS NULL OR x.safeguard = $safeguard)
     } END AS total,
     CASE WHEN $ids IS NULL THEN COLLECT {
       MATCH (x:Requirement)
       WHERE ($framework IS NULL OR x.framework = $framework) AND ($kind IS NULL OR x.kind = $kind)
         AND ($safeguard IS NULL OR x.safeguard = $safeguard) AND ($after IS NULL OR x.sortKey > $after)
       RETURN x.uid ORDER BY x.sortKey LIMIT $limit
     } ELSE $ids END AS ids
UNWIND CASE WHEN size(ids) = 0 THEN [null] ELSE ids END AS rid
OPTIONAL CALL (rid) {
  MATCH (r:Requirement {uid: rid}) RETURN r
  UNION
  MATCH (:CitationAlias {uid: rid})-[:ALIAS_OF]->(r:Requirement) RETURN r
}
WITH total, rid, r WHERE r IS NOT NULL OR rid IS NULL
// Every property of the requirement (`.*`: one declared in src/graph/model.ts reaches the GraphQL type
// with no change here), then what is computed.
RETURN total, CASE WHEN r IS NOT NULL THEN r {
  .*,
  flags: [i IN range(0, size(coalesce(r.flagKinds, [])) - 1) | {kind: r.flagKinds[i], note: r.flagNotes[i], source: r.flagSources[i]}],
  source: CASE WHEN r.sourceDocument IS NULL THEN null
          ELSE {document: r.sourceDocument, section: r.sourceSection, version: null} END,
  standard: CASE WHEN $parts.standard THEN
    head(COLLECT { MATCH (r)-[:PART_OF]->(s:Requirement) RETURN s {.citation, .title, .framework, .kind} }) END,
  specifications: CASE WHEN $parts.specifications THEN COLLECT {
    MATCH (s:Requirement)-[:PART_OF]->(r) RETURN s {.citation, .title, .framework, .kind} AS spec ORDER BY s.sortKey
  } ELSE [] END,
  citations: CASE WHEN $parts.citations THEN COLLECT {
    MATCH (p:Policy {version: $version})-[l:ADDRESSES|MENTIONS]->(r)
    RETURN {policy: p {.number, .title, .version}, addresses: type(l) = 'ADDRESSES', citedAs: l.citedAs,
            sections: l.sections, notes: l.notes} ORDER BY p.number
  } ELSE [] END,
  policies: CASE WHEN $parts.policies THEN COLLECT {
    MATCH (p:Policy {version: $version})-[:ADDRESSES]->(r) RETURN p {.number, .title, .version} ORDER BY p.number
  } ELSE [] END,
  inheritanceRows: CASE WHEN $parts.inheritanceRows THEN COLLECT {
    MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(r)
    RETURN row {.row, .table, .ruleAsWritten, .inheritedAsWritten, .status, .notes,
                policies: COLLECT { MATCH (row)-[:NAMES]->(p:Policy) RETURN p {.number, .title, .version} ORDER BY p.number }}
  } ELSE [] END,
  // The same controls as the requirement's inheritance answer: its scope's, with those they rely on.
  controls: CASE WHEN $parts.controls THEN COLLECT {
    WITH r, INCLUDE(requirement-scope) AS scope
    WITH INCLUDE(scope-controls) AS links
    RETURN {links: links, controls: INCLUDE(linked-controls)} AS controls
  }[0] END,
  obligations: CASE WHEN $parts.obligations THEN COLLECT {
    MATCH (o:Obligation {version: $version})-[:APPLIES_TO]->(r)
    RETURN INCLUDE(obligation) ORDER BY o.id
  } ELSE [] END,
  related: CASE WHEN $parts.related THEN COLLECT {
    MATCH (r)-[l:RELATES_TO]-(x:Requirement)
    WITH x, COLLECT { MATCH (p:Policy {version: $version}) WHERE p.uid IN l.viaPolicies
                      RETURN p {.number, .title, .version} ORDER BY p.number } AS policies
    WHERE size(policies) > 0
    RETURN {requirement: x {.citation, .title, .framework, .kind}, policies: policies} ORDER BY x.sortKey
  } ELSE [] END,
  // Links `related` lacks on purpose: a policy citing both, through a citation marked derive: false.
  withheld: CASE WHEN $parts.withheld THEN COLLECT {
    MATCH (p:Policy {version: $version})-[a:ADDRESSES]->(r) WHERE a.derive = false
    MATCH (p)-[:ADDRESSES]->(x:HitrustControl)
    RETURN {requirement: x {.citation, .title, .framework, .kind}, policy: p {.number, .title, .version},
            citedAs: a.citedAs, notes: a.notes} ORDER BY x.sortKey
  } + COLLECT {
    MATCH (r)<-[:ADDRESSES]-(p:Policy {version: $version})-[a:ADDRESSES]->(x:Requirement)
    WHERE r:HitrustControl AND a.derive = false
    RETURN {requirement: x {.citation, .title, .framework, .kind}, policy: p {.number, .title, .version},
            citedAs: a.citedAs, notes: a.notes} ORDER BY x.sortKey
  } ELSE [] END
} END AS requirement
