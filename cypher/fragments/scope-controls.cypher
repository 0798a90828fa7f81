// The controls of a scope (fragment requirement-scope) in $version, each with how it reaches the
// answer, the citation it satisfies, its sources and the controls it relies on (any depth, each with
// `by`: the controls on the way that rely on it directly), for the rules' answerControls(). Expects
// `scope` bound. An expression: a list of maps, ordered by scope rank.
COLLECT {
  UNWIND scope AS t
  WITH t.req AS tr, t.via AS via, t.rank AS rank
  MATCH (tr)<-[:SATISFIES]-(ctl:Control {version: $version})
  RETURN ctl {
    .id, .name, .operator, via: via, satisfies: tr.citation,
    reliesOn: COLLECT {
      MATCH (ctl)-[:RELIES_ON*1..4]->(o:Control)
      WITH DISTINCT o
      RETURN o {.id, .name, .operator,
        by: COLLECT {
          MATCH (b:Control)-[:RELIES_ON]->(o) WHERE b = ctl OR EXISTS { (ctl)-[:RELIES_ON*1..3]->(b) }
          RETURN b.id ORDER BY b.id
        },
        sources: [k IN range(0, size(o.sourceDocuments) - 1) |
        {document: o.sourceDocuments[k], section: o.sourceSections[k], version: o.version,
         locator: nullIf(coalesce(o.sourceLocators[k], ''), '')}]} ORDER BY o.id
    },
    policy: head(COLLECT { MATCH (ctl)-[:DEFINED_IN]->(p:Policy) RETURN p {.number, .title, .version} }),
    sources: [k IN range(0, size(ctl.sourceDocuments) - 1) |
      {document: ctl.sourceDocuments[k], section: ctl.sourceSections[k], version: ctl.version,
       locator: nullIf(coalesce(ctl.sourceLocators[k], ''), '')}]
  } ORDER BY rank, ctl.operator, ctl.id
}
