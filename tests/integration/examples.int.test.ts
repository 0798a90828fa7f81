// Every operation GraphiQL opens with must run cleanly against the seeded graph: a broken example is
// the first thing a new user would see.
import { EXAMPLE_OPERATIONS } from "../../src/http/examples.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("GraphiQL example operations", () => {
  let server: TestServer;
  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer({}, undefined, { as: "auditor" });
  });
  afterAll(async () => server.close());

  it.each(EXAMPLE_OPERATIONS.map((e) => [e.name, e] as const))(
    "%s runs without errors and returns data",
    async (_name, example) => {
      const { status, body } = await server.graphql(example.query, example.variables);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).every((v) => v !== null)).toBe(true);
    },
  );

  it("lists the customers with their choices", async () => {
    const { body } = await server.graphql<{
      customers: { id: string; startsFrom: string; capabilities: { id: string; used: boolean }[] }[];
    }>(`{ customers { id startsFrom capabilities { id used } } }`);
    const byId = new Map(body.data!.customers.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(["harbor-pediatrics", "sunrise-family-clinic"]);
    expect(byId.get("harbor-pediatrics")!.capabilities.every((c) => !c.used)).toBe(true);
    expect(
      byId.get("sunrise-family-clinic")!.capabilities.some((c) => c.id === "audit-log-access" && c.used),
    ).toBe(true);
    const missing = await server.graphql(`{ customer(id: "nope") { id } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
