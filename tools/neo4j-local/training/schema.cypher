// Training for the class-data sharing archive: schema statements of each kind the API applies at start.
// No parameters. No columns.
CREATE CONSTRAINT training_uid IF NOT EXISTS FOR (n:Training) REQUIRE n.uid IS UNIQUE;
CREATE INDEX training_kind IF NOT EXISTS FOR (n:Training) ON (n.kind);
CREATE FULLTEXT INDEX training_text IF NOT EXISTS FOR (n:Training) ON EACH [n.title];
CALL db.awaitIndexes(60);
