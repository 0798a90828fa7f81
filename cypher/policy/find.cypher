// Documents of a policy-set version with their citations, controls, inheritance rows and obligations.
// $version: policy-set version; $number: a document number, or null for all. Columns: policy (map).
// The `number IS NOT NULL` lets the planner use the (version, number) index instead of scanning.
MATCH (p:Policy)
WHERE p.version = $version AND p.number IS NOT NULL AND ($number IS NULL OR p.number = $number)
RETURN p {
  .number, .title, .file, .kind, .version,
  citations: COLLECT {
    MATCH (p)-[l:ADDRESSES|MENTIONS]->(r:Requirement)
    RETURN {requirement: r {.citation, .title, .framework, .kind}, addresses: type(l) = 'ADDRESSES',
            citedAs: l.citedAs, sections: l.sections, notes: l.notes, contexts: l.contexts} ORDER BY r.sortKey
  },
  controls: COLLECT { MATCH (c:Control)-[:DEFINED_IN]->(p) RETURN c {.id, .name, .operator} ORDER BY c.operator, c.id },
  inheritanceRows: COLLECT {
    MATCH (row:InheritanceRow)-[:NAMES]->(p)
    RETURN row {.row, .table, .ruleAsWritten, .inheritedAsWritten, .status, .notes,
                policies: COLLECT { MATCH (row)-[:NAMES]->(q:Policy) RETURN q {.number, .title, .version} ORDER BY q.number }}
    ORDER BY row.row
  },
  obligations: COLLECT {
    MATCH (o:Obligation)-[:STATED_IN]->(p)
    RETURN INCLUDE(obligation) ORDER BY o.id
  }
} AS policy
ORDER BY p.number
