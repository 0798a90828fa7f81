// Every known requirement citation with its title, to suggest the closest ones for an unknown rule.
// No parameters. Columns: citation, title.
MATCH (r:Requirement) RETURN r.citation AS citation, r.title AS title
