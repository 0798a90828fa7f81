// Malformed and abusive requests: each gets a clear 4xx with a code, never a 500 or a stack trace.
import { QUERY_LIMITS } from "../../src/http/query-limits.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("abusive and malformed requests", () => {
  let server: TestServer;
  beforeAll(async () => {
    await seedTestGraph();
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  const post = (body: string, contentType = "application/json") =>
    fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body });

  const expectClean4xx = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code } }] });
    expect(text).not.toMatch(/\bat \S+ \(|MATCH \(|node_modules/);
  };

  it("malformed JSON: 400 BAD_REQUEST", async () => {
    await expectClean4xx(await post('{"query": '), 400, "BAD_REQUEST");
  });

  it("oversized body: 413", async () => {
    await expectClean4xx(
      await post(JSON.stringify({ query: `{ policies { number } } #${"x".repeat(200_000)}` })),
      413,
      "BAD_REQUEST",
    );
  });

  it("wrong content type: 400, blocked before it runs", async () => {
    await expectClean4xx(await post('{"query":"{ policies { number } }"}', "text/plain"), 400, "BAD_REQUEST");
  });

  it("deep nesting beyond the limit: 400 GRAPHQL_VALIDATION_FAILED, naming the depth", async () => {
    // The deepest valid path in our schema is shallower than the limit; nesting past it is refused
    // by the depth rule (alongside the unknown-field errors) before anything runs.
    const nest = (n: number): string => (n === 0 ? "number" : `policy { ${nest(n - 1)} }`);
    const { status, body } = await server.graphql(
      `{ requirement(citation: "164.312(b)") { citations { ${nest(QUERY_LIMITS.maxDepth + 2)} } } }`,
    );
    expect(status).toBe(400);
    expect(body.errors?.every((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED")).toBe(true);
    expect(body.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    const deepestValid = `{ requirements(first: 2) { edges { node { citations { policy { number } requirement { citation } } } } } }`;
    expect((await server.graphql(deepestValid)).status).toBe(200);
  });

  it("a huge batch of aliases: 400 GRAPHQL_VALIDATION_FAILED before any Cypher runs", async () => {
    const before = server.db.roundTrips;
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: findings { kind }`).join(" ");
    const { status, body } = await server.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(server.db.roundTrips).toBe(before);
  });

  it("allows what the examples and GraphiQL need", async () => {
    const { status } = await server.graphql(
      `{ a: inheritance(rule: "164.312(b)") { status } b: inheritance(rule: "164.312(d)") { status } }`,
    );
    expect(status).toBe(200);
  });
});

describe("query cost", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it("allows the largest page with a rich selection, and refuses a document whose cost is absurd", async () => {
    const page = await server.graphql(
      `{ requirements(first: 200) { totalCount edges { cursor node { citation title kind safeguard designation aliases
         standard { citation } specifications { citation } policies { number title } controls { id operator }
         inheritanceRows { row status } obligations { id action } } } } }`,
    );
    expect(page.status).toBe(200);
    expect(page.body.errors).toBeUndefined();
    const fields = Array.from(
      { length: 14 },
      (_, i) =>
        `r${i}: requirements(first: 200) { edges { node { citations { policy { number title } requirement { citation title } } } } }`,
    );
    const { status, body } = await server.graphql(`{ ${fields.join(" ")} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
  });
});
