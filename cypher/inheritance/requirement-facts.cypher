// Everything the inheritance rules need about each requirement, in one round trip: the deciding
// inheritance rows (its own, else its standard's; for a HITRUST control, those of the HIPAA rules it
// relates to) with the project's reading of a row's condition, the controls of its scope (itself, its
// standard, its specifications) with their operators, sources and the controls they rely on (any
// depth), the policies whose Applicable Standards cite the scope, the obligations, the parties with
// the chain between them (and the statements behind each step), and the customer's choices. What a
// party operates is read from the (version, operator) index of its controls. Traversals start from the
// requirement (unique uid), so the cost per requirement does not grow with the graph.
// $ids: requirement uids or aliases (canonical citations), or null for every requirement of $framework
// (of every framework when $framework is null too); $framework: HIPAA | HITECH | HITRUST | null;
// $version: policy-set version; $customer: customer uid or null (template); $operates: true lists, for
// each party, every control it operates (the party view), false leaves the lists empty.
// Columns: customerFound, customerName, customerUses, parties, facts (one map per requirement found;
// empty: unknown citation; its controls are links and its obligations ids), controls (every control
// the facts name, once), obligations (likewise). One row: the parties and the customer are sent once, not once per requirement.
OPTIONAL MATCH (c:Customer {uid: $customer})
WITH c, COLLECT { MATCH (c)-[:USES]->(cap:Capability) RETURN cap.id } AS uses,
     COLLECT {
       MATCH (p:Party) WHERE EXISTS { (p)-[:INHERITS_FROM {version: $version}]-(:Party) }
       RETURN p {.id, .name, .role, .description,
                 inherits: COLLECT {
                   MATCH (p)-[i:INHERITS_FROM {version: $version}]->(q:Party)
                   RETURN {from: q.id, agreement: i.agreement, agreementNote: i.agreementNote,
                           sources: [k IN range(0, size(i.sourceDocuments) - 1) |
                             {document: i.sourceDocuments[k], section: i.sourceSections[k], version: i.version,
                              locator: nullIf(i.sourceLocators[k], '')}],
                           riskSources: [k IN range(0, size(coalesce(i.riskSourceDocuments, [])) - 1) |
                             {document: i.riskSourceDocuments[k], section: i.riskSourceSections[k], version: i.version,
                              locator: nullIf(i.riskSourceLocators[k], '')}]} ORDER BY q.id
                 },
                 operates: CASE WHEN $operates THEN COLLECT {
                   MATCH (o:Control {version: $version, operator: p.id}) RETURN o {.id, .name, .operator} ORDER BY o.id
                 } ELSE [] END}
     } AS parties
WITH c, uses, parties,
     CASE
       WHEN $ids IS NOT NULL THEN $ids
       WHEN $framework IS NULL THEN COLLECT { MATCH (x:Requirement) RETURN x.uid }
       ELSE COLLECT { MATCH (x:Requirement {framework: $framework}) RETURN x.uid } END AS ids
WITH c, uses, parties, COLLECT {
  UNWIND ids AS rid
  CALL (rid) {
    MATCH (r:Requirement {uid: rid}) RETURN r
    UNION
    MATCH (:CitationAlias {uid: rid})-[:ALIAS_OF]->(r:Requirement) RETURN r
  }
  OPTIONAL MATCH (r)-[:PART_OF]->(std:Requirement)
  WITH c, uses, parties, r, std,
       CASE WHEN r.framework = 'HITRUST'
         THEN COLLECT { MATCH (r)-[:RELATES_TO]->(h:Requirement) RETURN h ORDER BY h.sortKey }
         ELSE [r] END AS governing
  // What the answer is about: the requirement, its standard and its specifications. A HITRUST control
  // answers with its own controls, policies and obligations; only its status comes from related rules.
  WITH c, uses, parties, r, std, governing,
       INCLUDE(requirement-scope) AS scope,
       COLLECT {
         UNWIND governing AS g
         OPTIONAL MATCH (g)-[:PART_OF]->(gs:Requirement)
         WITH g, gs, COLLECT { MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(g) RETURN row } AS own
         WITH CASE WHEN size(own) > 0 OR gs IS NULL THEN own
                   ELSE COLLECT { MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(gs) RETURN row } END AS rows,
              CASE WHEN size(own) > 0 OR gs IS NULL THEN g ELSE gs END AS covered
         UNWIND rows AS row
         WITH DISTINCT row, covered
         RETURN row {
           .uid, .row, .table, .status, .ruleAsWritten, .inheritedAsWritten, .notes,
           covers: covered.citation,
           policies: COLLECT { MATCH (row)-[:NAMES]->(p:Policy) RETURN p {.number, .title, .version} ORDER BY p.number },
           capability: head(COLLECT { MATCH (row)-[:DEPENDS_ON]->(k:Capability) RETURN k {.id, .name, .description} }),
           interpretation: CASE WHEN row.interpretationId IS NULL THEN null ELSE {
             id: row.interpretationId, question: row.interpretationQuestion, reading: row.interpretationReading,
             reasoning: row.interpretationReasoning, alternative: row.interpretationAlternative,
             sources: [k IN range(0, size(row.interpretationSourceDocuments) - 1) |
               {document: row.interpretationSourceDocuments[k], section: row.interpretationSourceSections[k],
                version: row.version, locator: nullIf(row.interpretationSourceLocators[k], '')}],
             tension: CASE WHEN row.interpretationTension IS NULL THEN null ELSE {
               note: row.interpretationTension,
               sources: [k IN range(0, size(row.tensionSourceDocuments) - 1) |
                 {document: row.tensionSourceDocuments[k], section: row.tensionSourceSections[k],
                  version: row.version, locator: nullIf(row.tensionSourceLocators[k], '')}] } END } END,
           source: {document: row.sourceDocument, section: row.sourceSection, version: row.version, locator: row.sourceLocator}
         } ORDER BY row.row
       } AS rows
  RETURN
    {
      requirement: {uid: r.uid, citation: r.citation, title: r.title, framework: r.framework, kind: r.kind, standard: std.citation},
      rows: rows,
      related: CASE WHEN r.framework = 'HITRUST' THEN COLLECT {
        MATCH (r)-[l:RELATES_TO]->(h:Requirement)
        RETURN {requirement: h {.citation, .title, .framework, .kind},
                policies: COLLECT {
                  MATCH (p:Policy {version: $version}) WHERE p.uid IN l.viaPolicies
                  RETURN p {.number, .title, .version,
                    cites: [x IN [r, h] WHERE EXISTS { (p)-[:ADDRESSES]->(x) } | x.citation],
                    sources: COLLECT {
                    MATCH (p)-[a:ADDRESSES]->(x:Requirement) WHERE x = r OR x = h
                    UNWIND range(0, size(a.sections) - 1) AS k
                    RETURN {document: p.file, section: a.sections[k], version: p.version, locator: 'bullet "' + a.citedAs[k] + '"'}
                  }} ORDER BY p.number }}
        ORDER BY h.sortKey
      } ELSE [] END,
      controls: INCLUDE(scope-controls),
      // One entry per policy and cited requirement of the scope; the rules merge them per policy.
      policies: COLLECT {
        UNWIND scope AS t
        WITH t.req AS tr
        MATCH (tr)<-[a:ADDRESSES]-(p:Policy {version: $version})
        RETURN p {.number, .title, .version, cites: [tr.citation],
          sources: [k IN range(0, size(a.sections) - 1) |
            {document: p.file, section: a.sections[k], version: p.version, locator: 'bullet "' + a.citedAs[k] + '"'}]
        } AS link ORDER BY link.number
      },
      obligations: COLLECT {
        UNWIND scope AS t
        WITH t.req AS tr
        MATCH (tr)<-[:APPLIES_TO]-(o:Obligation {version: $version})
        RETURN DISTINCT o.id AS id ORDER BY id
      }
    }
} AS facts
// Controls and obligations are named by id in each requirement's facts and sent once each here: for
// a few requirements, those the facts name; for a whole framework, every one of the version (reading
// them again from a list of every requirement's facts costs more memory than the answer).
WITH c, uses, parties, facts, COLLECT { UNWIND facts AS f UNWIND f.controls AS link RETURN link } AS links
RETURN c IS NOT NULL AS customerFound, c.name AS customerName, uses AS customerUses, parties, facts,
  CASE WHEN $ids IS NULL
    THEN COLLECT { MATCH (ctl:Control {version: $version}) RETURN ctl { INCLUDE(control-fields) } }
    ELSE INCLUDE(linked-controls) END AS controls,
  CASE WHEN $ids IS NULL
    THEN COLLECT { MATCH (o:Obligation {version: $version}) RETURN INCLUDE(obligation) }
    ELSE COLLECT {
      UNWIND facts AS f
      UNWIND f.obligations AS oid
      WITH DISTINCT oid
      MATCH (o:Obligation {version: $version, id: oid})
      RETURN INCLUDE(obligation)
    } END AS obligations
