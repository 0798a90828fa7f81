// Everything the inheritance rules need about each requirement, in one round trip: the deciding
// inheritance rows (its own, else its standard's; for a HITRUST control, those of the HIPAA rules it
// relates to), the controls with their operators (and the controls they rely on, any depth), the
// citing policies, the obligations, and the customer's choices. What a party operates is read from the
// (version, operator) index of its controls, not by expanding its OPERATES links across every version.
// Traversals start from the requirement (unique uid), so the cost per requirement does not grow with
// the graph.
// $ids: requirement uids or aliases (canonical citations), or null for every requirement of $framework
// (of every framework when $framework is null too); $framework: HIPAA | HITECH | HITRUST | null;
// $version: policy-set version; $customer: customer uid or null (template); $brief: true leaves out
// what only a single answer shows (control sources), for the matrix; $operates: true
// lists, for each party, every control it operates (the party view), false leaves the lists empty.
// Columns: customerFound, customerName, customerUses, parties, facts (one map per requirement found;
// empty: unknown citation). One row: the parties and the customer are sent once, not once per requirement.
OPTIONAL MATCH (c:Customer {uid: $customer})
WITH c, COLLECT { MATCH (c)-[:USES]->(cap:Capability) RETURN cap.id } AS uses,
     COLLECT {
       MATCH (p:Party)
       RETURN p {.id, .name, .role, .description,
                 inheritsFrom: head(COLLECT { MATCH (p)-[:INHERITS_FROM]->(q:Party) RETURN q.id }),
                 agreement: head(COLLECT { MATCH (p)-[i:INHERITS_FROM]->() RETURN i.agreement }),
                 operates: CASE WHEN $operates THEN COLLECT {
                   MATCH (o:Control {version: $version, operator: p.id}) RETURN o {.id, .name, .operator} ORDER BY o.id
                 } ELSE [] END}
     } AS parties
WITH c, uses, parties,
     CASE
       WHEN $ids IS NOT NULL THEN $ids
       WHEN $framework IS NULL THEN COLLECT { MATCH (x:Requirement) RETURN x.uid }
       ELSE COLLECT { MATCH (x:Requirement {framework: $framework}) RETURN x.uid } END AS ids
RETURN c IS NOT NULL AS customerFound, c.name AS customerName, uses AS customerUses, parties,
COLLECT {
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
       CASE WHEN r.framework = 'HITRUST' THEN [r]
         ELSE [r] + [x IN [std] WHERE x IS NOT NULL] + COLLECT { MATCH (s:Requirement)-[:PART_OF]->(r) RETURN s } END AS scope,
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
           source: {document: row.sourceDocument, section: row.sourceSection, version: row.version}
         } ORDER BY row.row
       } AS rows
  RETURN
    {
      requirement: {uid: r.uid, citation: r.citation, title: r.title, framework: r.framework, kind: r.kind, standard: std.citation},
      rows: rows,
      related: CASE WHEN r.framework = 'HITRUST' THEN COLLECT {
        MATCH (r)-[l:RELATES_TO]->(h:Requirement)
        RETURN {requirement: h {.citation, .title, .framework, .kind},
                policies: COLLECT { MATCH (p:Policy) WHERE p.uid IN l.viaPolicies RETURN p {.number, .title, .version} ORDER BY p.number }}
        ORDER BY h.sortKey
      } ELSE [] END,
      controls: COLLECT {
        UNWIND scope AS t
        MATCH (t)<-[:SATISFIES]-(ctl:Control {version: $version})
        WITH DISTINCT ctl
        RETURN ctl {
          .id, .name, .operator,
          reliesOn: COLLECT { MATCH (ctl)-[:RELIES_ON*1..4]->(o:Control) RETURN DISTINCT o {.id, .name, .operator} },
          policy: head(COLLECT { MATCH (ctl)-[:DEFINED_IN]->(p:Policy) RETURN p {.number, .title, .version} }),
          sources: CASE WHEN $brief THEN [] ELSE [i IN range(0, size(ctl.sourceDocuments) - 1) |
                    {document: ctl.sourceDocuments[i], section: ctl.sourceSections[i], version: ctl.version}] END
        } ORDER BY ctl.operator, ctl.id
      },
      policies: COLLECT {
        UNWIND scope AS t
        MATCH (t)<-[:ADDRESSES]-(p:Policy {version: $version})
        RETURN DISTINCT p {.number, .title, .version} ORDER BY p.number
      },
      obligations: COLLECT {
        UNWIND scope AS t
        MATCH (t)<-[:APPLIES_TO]-(o:Obligation {version: $version})
        WITH DISTINCT o
        RETURN o {
          .id, .action, .basis,
          unlessUses: head(COLLECT { MATCH (o)-[:UNLESS_USES]->(k:Capability) RETURN k.id }),
          ifUses: head(COLLECT { MATCH (o)-[:IF_USES]->(k:Capability) RETURN k.id }),
          source: {document: o.sourceDocument, section: o.sourceSection, version: o.version}
        } ORDER BY o.id
      }
    }
} AS facts
