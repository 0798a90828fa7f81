// npm run seed [-- --reset]: validates every seed file, then loads them into Neo4j and reports what
// is in the graph, per label and relationship type.
import "reflect-metadata";
import { Command } from "commander";
import { runCli, withDatabase } from "../cli/run-cli.js";
import { loadConfig } from "../config.js";
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

  await withDatabase({ config, say }, async (db) => {
    await applyConstraints(db);
    if (options.reset) {
      say("Emptying the graph (--reset)...");
      await resetGraph(db);
    }
    say("Loading:");
    const report = await loadSeedGraph(db, graph, { onProgress: say });
    say(`Loaded ${report.elements} nodes and relationships in ${report.ms} ms.`);
    const counts = await countGraph(db);
    say("The graph now holds:");
    for (const [label, n] of Object.entries(counts.labels).sort()) say(`  :${label.padEnd(16)} ${n}`);
    for (const [type, n] of Object.entries(counts.types).sort()) say(`  [:${type}]${" ".repeat(Math.max(1, 15 - type.length))}${n}`);
  });
}

runCli("seed", main);
