import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("has working defaults: loopback, port 4000, local Neo4j", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      neo4j: { uri: undefined, database: "neo4j" },
      graphiql: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    "bolt://localhost:7687",
    "neo4j://db.example:7687",
    "neo4j+s://x.databases.neo4j.io",
    "bolt+ssc://10.0.0.1:7687",
  ])("accepts NEO4J_URI %s", (uri) => expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri));

  it.each([
    [{ NEO4J_URI: "not-a-uri" }, "NEO4J_URI"],
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ GRAPHIQL: "maybe" }, "GRAPHIQL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ CYPHER_TIMEOUT_MS: "-5" }, "CYPHER_TIMEOUT_MS"],
  ])("rejects %j with one line naming %s", (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(variable)).toBe(true);
    expect((error as ConfigError).message).not.toContain("\n");
  });

  it("lets options given in code override the environment, through the same checks", () => {
    expect(loadConfig({ PORT: "1234" }, { PORT: "0" }).port).toBe(0);
    expect(() => loadConfig({}, { PORT: "-1" })).toThrow(ConfigError);
  });
});
