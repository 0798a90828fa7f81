// How many seeded requirements exist: zero means the graph is empty and the seed should be loaded.
// No parameters. Columns: count.
MATCH (n:Requirement) RETURN count(n) AS count
