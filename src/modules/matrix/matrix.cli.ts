// npm run matrix -- --format csv|md [--customer ID] [--framework HIPAA] [--out FILE]
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { runCli, sayOnStderr, withDatabase } from "../../cli/run-cli.js";
import { createServices } from "../../services.js";
import { renderMatrix, type ExportFormat } from "./matrix.export.js";

async function main(): Promise<void> {
  const options = new Command("matrix")
    .description("Write a customer responsibility matrix as CSV or Markdown")
    .addOption(new Option("--format <format>", "csv or md").choices(["csv", "md"]).makeOptionMandatory())
    .option("--customer <id>", "apply this customer's choices (default: the customer template)")
    .option("--framework <name>", "HIPAA, HITECH or HITRUST", "HIPAA")
    .option("--out <file>", "write to this file instead of standard output")
    .parse()
    .opts<{ format: ExportFormat; customer?: string; framework: string; out?: string }>();
  // Progress goes to stderr so that standard output is the file alone.
  await withDatabase({ say: sayOnStderr }, async (db) => {
    const matrix = await createServices(db).inheritance.responsibilityMatrix(
      options.customer ?? null,
      options.framework,
    );
    const text = renderMatrix(matrix, options.format);
    if (options.out) {
      writeFileSync(options.out, text);
      sayOnStderr(`wrote ${matrix.rows.length} rows to ${options.out}`);
    } else {
      process.stdout.write(text);
    }
  });
}

runCli("matrix", main);
