// Empties the graph (npm run seed -- --reset). Batched so a large graph does not exhaust transaction memory.
// No parameters. Returns nothing.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
