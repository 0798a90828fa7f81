// Integration and e2e tests talk to a real Neo4j (and Chromium): generous per-test timeout.
jest.setTimeout(120_000);
