// The bounded load test (scripts/load-test.ts, `npm run load`) at a small size: several customers'
// keys at once, reads and writes mixed with attempts on each other's data.
import { runLoad } from "../../scripts/load-test.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

let server: TestServer;

beforeAll(async () => {
  await seedTestGraph();
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

it("keeps every customer's data to itself and loses no write under concurrent load", async () => {
  const admin = await server.createKey("admin");
  const report = await runLoad(server.url, admin, { customers: 3, requests: 90, connections: 3 });
  expect(report.violations).toEqual([]);
  expect(report.requests).toBe(270);
  expect(report.mutationsSucceeded).toBeGreaterThan(0);
  expect(report.auditEventsAppended).toBe(report.mutationsSucceeded);
  // Every cross-customer attempt was made, and refused.
  expect(report.byKind["read other customer"]?.refused).toBe(report.byKind["read other customer"]?.sent);
  expect(report.byKind["export other md"]?.refused).toBeGreaterThan(0);
});
