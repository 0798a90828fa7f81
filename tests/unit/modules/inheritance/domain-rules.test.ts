// Every named rule an answer may rest on is stated in docs/domain.md, under a heading of its id, and
// the document names no rule the code does not have.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_IDS } from "../../../../src/modules/inheritance/domain-rules.js";
import { projectRoot } from "../../../../src/paths.js";

const doc = readFileSync(join(projectRoot, "docs", "domain.md"), "utf8");
const headed = [...doc.matchAll(/^### `([A-Z_]+)`$/gm)].map((m) => m[1]);

describe("docs/domain.md and the rules of the code", () => {
  it("states every rule the code names, under a heading of its id", () => {
    expect(RULE_IDS.filter((id) => !headed.includes(id))).toEqual([]);
  });

  it("states no rule the code does not have", () => {
    expect(headed.filter((id) => !(RULE_IDS as readonly string[]).includes(id as string))).toEqual([]);
  });
});
