// npm run seed [-- --reset]: validates every seed file, then loads them into Neo4j and reports what
// is in the graph, per label and relationship type.
import "reflect-metadata";
import { Command } from "commander";
import { loadConfig } from "../config.js";
import { errorMessage } from "../errors.js";
import { openDatabase } from "../open-database.js";
import { applyConstraints, countGraph, loadSeedGraph, resetGraph } from "./loader.js";
import { readSeedGraph } from "./seed-graph.js";

async function main(): Promise<void> {
  const options = new Command("seed")
    .description("Load the seed data (seed/) into Neo4j; idempotent")
    .option("--reset", "empty the graph first")
    .parse()
    .opts<{ reset?: boolean }>();
  const config = loadConfig();
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  say("Validating seed files...");
  const graph = readSeedGraph(); // throws before anything is written
  say(`  ${graph.files.length} files valid`);

  const opened = await openDatabase(config, say);
  try {
    await applyConstraints(opened.db);
    if (options.reset) {
      say("Emptying the graph (--reset)...");
      await resetGraph(opened.db);
    }
    say("Loading:");
    const report = await loadSeedGraph(opened.db, graph, { onProgress: say });
    say(`Loaded ${report.elements} nodes and relationships in ${report.ms} ms.`);
    const counts = await countGraph(opened.db);
    say("The graph now holds:");
    for (const [label, n] of Object.entries(counts.labels).sort()) say(`  :${label.padEnd(16)} ${n}`);
    for (const [type, n] of Object.entries(counts.types).sort()) say(`  [:${type}]${" ".repeat(Math.max(1, 15 - type.length))}${n}`);
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${errorMessage(error)}\n`);
  process.exit(1);
});
