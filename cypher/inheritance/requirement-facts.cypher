// Everything the inheritance rules need about each requirement, in one round trip: the deciding
// inheritance rows (its own, else its standard's; for HITRUST, those of the related HIPAA rules),
// the controls with their operators, the citing policies, the obligations, and the customer's choices.
// $ids: requirement uids or aliases (canonical citations), or null for every requirement of $framework
// (of every framework when $framework is null too); $framework: HIPAA | HITECH | HITRUST | null;
// $version: policy-set version; $customer: customer uid or null (template).
// Columns: customerFound, customerName, customerUses, parties, facts; one row per requirement found (none: unknown citation).
OPTIONAL MATCH (c:Customer {uid: $customer})
WITH c, COLLECT { MATCH (c)-[:USES]->(cap:Capability) RETURN cap.id } AS uses,
     COLLECT {
       MATCH (p:Party)
       RETURN p {.id, .name, .role, .description,
                 inheritsFrom: head(COLLECT { MATCH (p)-[:INHERITS_FROM]->(q:Party) RETURN q.id }),
                 agreement: head(COLLECT { MATCH (p)-[i:INHERITS_FROM]->() RETURN i.agreement })}
     } AS parties
WITH c, uses, parties,
     CASE
       WHEN $ids IS NOT NULL THEN $ids
       WHEN $framework IS NULL THEN COLLECT { MATCH (x:Requirement) RETURN x.uid }
       ELSE COLLECT { MATCH (x:Requirement {framework: $framework}) RETURN x.uid } END AS ids
UNWIND ids AS rid
CALL (rid) {
  MATCH (r:Requirement {uid: rid}) RETURN r
  UNION
  MATCH (:CitationAlias {uid: rid})-[:ALIAS_OF]->(r:Requirement) RETURN r
}
OPTIONAL MATCH (r)-[:PART_OF]->(std:Requirement)
WITH c, uses, parties, r, std,
     CASE WHEN r.framework = 'HITRUST'
       THEN COLLECT { MATCH (r)-[:RELATES_TO]->(h:Requirement) RETURN h }
       ELSE [r] END AS governing
WITH c, uses, parties, r, std, governing,
     COLLECT {
       UNWIND governing AS g
       OPTIONAL MATCH (g)-[:PART_OF]->(gs:Requirement)
       WITH g, gs, COLLECT { MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(g) RETURN row } AS own
       WITH g, CASE WHEN size(own) > 0 OR gs IS NULL THEN own
                 ELSE COLLECT { MATCH (row:InheritanceRow {version: $version})-[:COVERS]->(gs) RETURN row } END AS rows,
            CASE WHEN size(own) > 0 OR gs IS NULL THEN g ELSE gs END AS covered
       UNWIND rows AS row
       RETURN row {
         .uid, .row, .table, .status, .ruleAsWritten, .inheritedAsWritten, .notes,
         covers: covered.uid,
         policies: COLLECT { MATCH (row)-[:NAMES]->(p:Policy) RETURN p {.number, .title, .version} ORDER BY p.number },
         capability: head(COLLECT { MATCH (row)-[:DEPENDS_ON]->(k:Capability) RETURN k {.id, .name, .description} }),
         source: {document: row.sourceDocument, section: row.sourceSection, version: row.version}
       }
     } AS rows,
     governing + [x IN [std] WHERE x IS NOT NULL] + COLLECT { MATCH (s:Requirement)-[:PART_OF]->(r) RETURN s } AS scope
RETURN c IS NOT NULL AS customerFound, c.name AS customerName, uses AS customerUses, parties,
  {
    requirement: {uid: r.uid, citation: r.citation, title: r.title, framework: r.framework, kind: r.kind, standard: std.citation},
    rows: rows,
    related: CASE WHEN r.framework = 'HITRUST' THEN [g IN governing | g.citation] ELSE [] END,
    controls: COLLECT {
      MATCH (ctl:Control {version: $version})-[:SATISFIES]->(t:Requirement) WHERE t IN scope OR t = r
      WITH DISTINCT ctl
      RETURN ctl {
        .id, .name, .description, .operator,
        reliesOn: COLLECT { MATCH (ctl)-[:RELIES_ON]->(o:Control) RETURN DISTINCT o.operator },
        policy: head(COLLECT { MATCH (ctl)-[:DEFINED_IN]->(p:Policy) RETURN p {.number, .title, .version} }),
        sources: [i IN range(0, size(ctl.sourceDocuments) - 1) |
                  {document: ctl.sourceDocuments[i], section: ctl.sourceSections[i], version: ctl.version}]
      } ORDER BY ctl.operator, ctl.id
    },
    policies: COLLECT {
      MATCH (p:Policy {version: $version})-[:ADDRESSES]->(t:Requirement) WHERE t IN scope OR t = r
      RETURN DISTINCT p {.number, .title, .version} ORDER BY p.number
    },
    obligations: COLLECT {
      MATCH (o:Obligation {version: $version})-[:APPLIES_TO]->(t:Requirement) WHERE t IN scope OR t = r
      WITH DISTINCT o
      RETURN o {
        .id, .action, .basis,
        unlessUses: head(COLLECT { MATCH (o)-[:UNLESS_USES]->(k:Capability) RETURN k.id }),
        ifUses: head(COLLECT { MATCH (o)-[:IF_USES]->(k:Capability) RETURN k.id }),
        source: {document: o.sourceDocument, section: o.sourceSection, version: o.version}
      } ORDER BY o.id
    }
  } AS facts
