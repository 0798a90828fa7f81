import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.__TEST_NEO4J__;
  if (!neo4j) return;
  globalThis.__TEST_NEO4J__ = undefined;
  await neo4j.stop();
  const dir = process.env.TEST_NEO4J_DATA_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
