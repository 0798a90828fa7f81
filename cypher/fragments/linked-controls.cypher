// The controls a list of control links (fragment scope-controls) names, each once, with its fields:
// those linked and those they rely on. Expects `links` bound. An expression: a list of maps.
COLLECT {
  UNWIND links AS link
  UNWIND [link.id] + [x IN link.reliesOn | x.id] AS cid
  WITH DISTINCT cid
  MATCH (ctl:Control {version: $version, id: cid})
  RETURN ctl { INCLUDE(control-fields) }
}
