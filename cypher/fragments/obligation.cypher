// An obligation as every view shows it: its action and basis, the capabilities it depends on, the
// project's reading where its wording is ours, and its source. Expects `o` bound. An expression: a map.
o {
  .id, .action, .basis,
  unlessUses: head(COLLECT { MATCH (o)-[:UNLESS_USES]->(k:Capability) RETURN k.id }),
  ifUses: head(COLLECT { MATCH (o)-[:IF_USES]->(k:Capability) RETURN k.id }),
  reading: CASE WHEN o.readingReasoning IS NULL THEN null
           ELSE {reasoning: o.readingReasoning, alternative: o.readingAlternative} END,
  source: {document: o.sourceDocument, section: o.sourceSection, version: o.version, locator: o.sourceLocator}
}
