// The scope of requirement `r` (docs/domain.md, rule CONTROLS_OF_STANDARD_AND_SPECIFICATIONS): the
// requirement itself, its standard and its implementation specifications (a HITRUST control: itself).
// Expects `r` bound. An expression: a list of maps {req, via, rank}, rank orders the answer's controls.
[{req: r, via: 'REQUIREMENT', rank: 0}] +
CASE WHEN r.framework = 'HITRUST' THEN [] ELSE
  COLLECT { MATCH (r)-[:PART_OF]->(s:Requirement) RETURN {req: s, via: 'STANDARD', rank: 1} } +
  COLLECT { MATCH (s:Requirement)-[:PART_OF]->(r) RETURN {req: s, via: 'SPECIFICATION', rank: 2} ORDER BY s.sortKey }
END
