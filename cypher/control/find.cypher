// One control of a policy-set version with its operator, policy, requirements and dependencies.
// $id: control id; $version: policy-set version. Columns: control (map), or no row.
MATCH (c:Control {id: $id, version: $version})
RETURN c {
  .id, .name, .description, .version,
  operator: head(COLLECT { MATCH (o:Party)-[:OPERATES]->(c) RETURN o {.id, .name, .role, .description} }),
  definedIn: head(COLLECT { MATCH (c)-[d:DEFINED_IN]->(p:Policy) RETURN {policy: p {.number, .title, .version}, section: d.section} }),
  satisfies: COLLECT { MATCH (c)-[:SATISFIES]->(r:Requirement) RETURN r {.citation, .title, .framework, .kind} AS ref ORDER BY r.sortKey },
  reliesOn: COLLECT { MATCH (c)-[:RELIES_ON]->(o:Control) RETURN o {.id, .name, .operator} ORDER BY o.id },
  reliedOnBy: COLLECT { MATCH (o:Control)-[:RELIES_ON]->(c) RETURN o {.id, .name, .operator} ORDER BY o.id },
  sources: [i IN range(0, size(c.sourceDocuments) - 1) | {document: c.sourceDocuments[i], section: c.sourceSections[i], version: c.version}]
} AS control
