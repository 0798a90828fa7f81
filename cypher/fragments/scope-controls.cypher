// The controls of a scope (fragment requirement-scope) in $version, as links: each control's id, how
// it reaches the answer, the citation it satisfies, and the controls it relies on (any depth: one
// entry per path, `by` the control that relies on it directly on that path). The controls' own fields
// come once per statement (fragment control-fields), not once per requirement that names them.
// Expects `scope` bound. An expression: a list of maps, ordered by scope rank.
COLLECT {
  UNWIND scope AS t
  WITH t.req AS tr, t.via AS via, t.rank AS rank
  MATCH (tr)<-[:SATISFIES]-(ctl:Control {version: $version})
  RETURN ctl {
    .id, via: via, satisfies: tr.citation,
    reliesOn: COLLECT {
      MATCH path = (ctl)-[:RELIES_ON*1..4]->(o:Control)
      RETURN {id: o.id, by: nodes(path)[-2].id}
    }
  } ORDER BY rank, ctl.operator, ctl.id
}
