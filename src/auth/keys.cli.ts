// npm run keys -- create --role admin|auditor|customer [--customer ID] [--label TEXT]
//                 list
//                 revoke ID
// Runs on the server, against the same Neo4j as the API (NEO4J_URI, or the local one, started if
// needed). Changes are written to the audit log as made from the command line.
import "reflect-metadata";
import { Command, Option } from "commander";
import { runCli, sayOnStderr as say, withDatabase } from "../cli/run-cli.js";
import type { Actor } from "../modules/audit/audit.record.js";
import { applyConstraints } from "../seed/loader.js";
import { createServices } from "../services.js";
import type { ApiKeyService } from "./api-keys.js";
import { COMMAND_LINE, ROLES, type Role } from "./principal.js";

const ACTOR: Actor = { principal: COMMAND_LINE, via: "cli", requestId: null };

function withKeys<T>(work: (keys: ApiKeyService) => Promise<T>): Promise<T> {
  return withDatabase({ say }, async (db) => {
    await applyConstraints(db);
    return work(createServices(db, { keyCacheMs: 0 }).apiKeys);
  });
}

const program = new Command("keys").description("Create, list and revoke API keys").showHelpAfterError();

program
  .command("create")
  .description("create a key and print it once")
  .addOption(new Option("--role <role>", "what the key may do").choices(ROLES).makeOptionMandatory())
  .option("--customer <id>", "the customer a customer key is bound to")
  .option("--label <text>", "a note to recognise the key by")
  .action(async (opts: { role: Role; customer?: string; label?: string }) => {
    const { key, info } = await withKeys((keys) =>
      keys.create({ role: opts.role, customerId: opts.customer ?? null, label: opts.label ?? null }, ACTOR),
    );
    say(`Created ${info.role} key ${info.id}${info.customerId ? ` for customer ${info.customerId}` : ""}.`);
    say("This is the only time the key is shown; store it now. Send it as `Authorization: Bearer <key>`:");
    process.stdout.write(`${key}\n`);
  });

program
  .command("list")
  .description("list keys (never their secrets)")
  .action(async () => {
    const list = await withKeys((keys) => keys.list());
    if (list.length === 0) return say("No keys yet. Create one with: npm run keys -- create --role admin");
    const rows = list.map((k) => [
      k.id,
      k.role,
      k.customerId ?? "-",
      k.revokedAt ? `revoked ${k.revokedAt}` : "active",
      k.createdAt,
      k.label ?? "",
    ]);
    const header = ["id", "role", "customer", "state", "created", "label"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    for (const row of [header, ...rows]) {
      process.stdout.write(
        `${row
          .map((cell, i) => cell.padEnd(widths[i] as number))
          .join("  ")
          .trimEnd()}\n`,
      );
    }
  });

program
  .command("revoke")
  .description("revoke a key at once (running servers stop accepting it within API_KEY_CACHE_MS)")
  .argument("<id>", "the key's id, as `list` shows it")
  .action(async (id: string) => {
    const info = await withKeys((keys) => keys.revoke(id, ACTOR));
    say(`Revoked ${info.role} key ${info.id} (${info.revokedAt}).`);
  });

runCli("keys", () => program.parseAsync());
