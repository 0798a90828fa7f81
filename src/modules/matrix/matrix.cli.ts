// npm run matrix -- --format csv|md [--customer ID] [--framework HIPAA] [--out FILE]
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../open-database.js";
import { errorMessage } from "../../errors.js";
import { InheritanceService } from "../inheritance/inheritance.service.js";
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
  const config = loadConfig();
  // Progress goes to stderr so that standard output is the file alone.
  const opened = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const matrix = await new InheritanceService(opened.db).responsibilityMatrix(
      options.customer ?? null,
      options.framework,
    );
    const text = renderMatrix(matrix, options.format);
    if (options.out) {
      writeFileSync(options.out, text);
      process.stderr.write(`wrote ${matrix.rows.length} rows to ${options.out}\n`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`matrix: ${errorMessage(error)}\n`);
  process.exit(1);
});
