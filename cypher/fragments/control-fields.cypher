// What every view shows of a control, inside a map projection of `ctl`: its name, operator, the
// policy that defines it and the statements that attribute it (with where in each section).
// Expects `ctl` bound. Fields for `ctl { INCLUDE(control-fields) }`.
.id, .name, .operator,
policy: head(COLLECT { MATCH (ctl)-[:DEFINED_IN]->(p:Policy) RETURN p {.number, .title, .version} }),
sources: [k IN range(0, size(ctl.sourceDocuments) - 1) |
  {document: ctl.sourceDocuments[k], section: ctl.sourceSections[k], version: ctl.version,
   locator: nullIf(coalesce(ctl.sourceLocators[k], ''), '')}]
