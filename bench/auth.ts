// API keys for customer-tailored reads: the one place the benchmark touches authentication, made the
// way `npm run keys -- create` and the tests make them. Keys are nodes in the graph and survive a
// reset (delete-all keeps them); a key is created after each load, once its customer exists.
import { COMMAND_LINE } from "../src/auth/principal.js";
import type { Database } from "../src/db/database.js";
import { createServices } from "../src/services.js";

export async function createCustomerKey(db: Database, customerId: string): Promise<string> {
  const actor = { principal: COMMAND_LINE, via: "cli" as const, requestId: null };
  const { key } = await createServices(db).apiKeys.create(
    { role: "customer", customerId, label: "benchmark" },
    actor,
  );
  return key;
}
