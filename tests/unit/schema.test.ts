import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/paths.js";
import { schemaText } from "../../scripts/emit-schema.js";

describe("schema/schema.graphql", () => {
  it("matches the schema the type-graphql classes emit (run `npm run schema:emit` when this fails)", async () => {
    const committed = readFileSync(join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await schemaText());
  });
});
