// Constraints and indexes, applied at every start and before every load; IF NOT EXISTS makes them idempotent.
// Every node has a unique `uid`; version-scoped nodes (policies, controls, ...) also carry `id` and `version`.
CREATE CONSTRAINT framework_uid IF NOT EXISTS FOR (n:Framework) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT requirement_uid IF NOT EXISTS FOR (n:Requirement) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT citation_alias_uid IF NOT EXISTS FOR (n:CitationAlias) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT policy_uid IF NOT EXISTS FOR (n:Policy) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT inheritance_row_uid IF NOT EXISTS FOR (n:InheritanceRow) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT party_uid IF NOT EXISTS FOR (n:Party) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT capability_uid IF NOT EXISTS FOR (n:Capability) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT control_uid IF NOT EXISTS FOR (n:Control) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT obligation_uid IF NOT EXISTS FOR (n:Obligation) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT topic_uid IF NOT EXISTS FOR (n:Topic) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT statement_uid IF NOT EXISTS FOR (n:Statement) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT finding_uid IF NOT EXISTS FOR (n:Finding) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT customer_uid IF NOT EXISTS FOR (n:Customer) REQUIRE n.uid IS UNIQUE;
CREATE INDEX requirement_framework IF NOT EXISTS FOR (n:Requirement) ON (n.framework);
CREATE INDEX requirement_sort_key IF NOT EXISTS FOR (n:Requirement) ON (n.sortKey);
CREATE INDEX policy_number IF NOT EXISTS FOR (n:Policy) ON (n.version, n.number);
CREATE INDEX control_id IF NOT EXISTS FOR (n:Control) ON (n.id);
CREATE INDEX control_version_operator IF NOT EXISTS FOR (n:Control) ON (n.version, n.operator);
CREATE INDEX obligation_id IF NOT EXISTS FOR (n:Obligation) ON (n.id);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
  FOR (n:Requirement|Policy|Control|Obligation)
  ON EACH [n.citation, n.title, n.name, n.description, n.action];
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attestation_uid IF NOT EXISTS FOR (n:Attestation) REQUIRE n.uid IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
