// Writes schema/schema.graphql from the type-graphql classes, sorted so its diffs stay readable.
// With --check, fails (exit 1) when the committed file is stale instead of writing it.
import "reflect-metadata";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { projectRoot } from "../src/paths.js";
import { createSchema } from "../src/schema.js";

export async function schemaText(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

async function main(): Promise<void> {
  const file = join(projectRoot, "schema", "schema.graphql");
  const text = await schemaText();
  if (process.argv.includes("--check")) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
      process.stderr.write("schema/schema.graphql is stale: run `npm run schema:emit` and commit it.\n");
      process.exit(1);
    }
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
