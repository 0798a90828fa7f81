// A bounded load test on loopback: several customers' keys at once, each mixing reads and writes of its
// own data with attempts on another customer's. It stops after a fixed number of requests and checks:
//   - no errors but the expected ones (FORBIDDEN for the cross-customer attempts);
//   - no lost writes: audit events appended == mutations that succeeded;
//   - no customer ever reads another customer's data (ids and names never appear in its answers).
//
// npm run load [-- --customers 6 --requests 600 --connections 4]
// Starts its own local Neo4j (data in .neo4j-local/load) unless NEO4J_URI is set; the graph is reset
// and seeded first. The integration suite runs the same `runLoad` with small numbers.
import "reflect-metadata";
import autocannon from "autocannon";
import { Command } from "commander";
import { COMMAND_LINE } from "../src/auth/principal.js";
import { runCli, sayOnStderr as say, withDatabase } from "../src/cli/run-cli.js";
import { loadConfig } from "../src/config.js";
import { serveApi } from "../src/http/serve.js";
import { createLogger } from "../src/logger.js";
import { applyConstraints, loadSeedGraph, resetGraph } from "../src/seed/loader.js";
import { readSeedGraph } from "../src/seed/seed-graph.js";

export interface LoadOptions {
  customers: number;
  /** Requests per customer. */
  requests: number;
  /** Connections per customer. */
  connections: number;
}

export interface LoadReport {
  options: LoadOptions;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  byKind: Record<string, { sent: number; ok: number; refused: number }>;
  mutationsSucceeded: number;
  auditEventsAppended: number;
  /** Everything that was not as expected: empty when the run passed. */
  violations: string[];
}

const OBLIGATIONS = [
  "train-workforce-security-awareness",
  "send-security-reminders",
  "appoint-security-official",
  "manage-staff-passwords",
  "set-workstation-use-rules",
];
const STATUSES = ["IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED", "NOT_APPLICABLE"];
const CAPABILITY_SETS = [[], ["audit-log-access"], ["secure-message-for-phi", "audit-log-access"]];

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function post(url: string, key: string, query: string): Promise<GraphQLBody> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLBody;
}

async function auditTotal(url: string, adminKey: string): Promise<number> {
  const body = await post(url, adminKey, "{ auditEvents(first: 1) { totalCount } }");
  return (body.data?.auditEvents as { totalCount: number }).totalCount;
}

/** Runs the load against an API at `url`, with an admin key to set up customers and read the audit log. */
export async function runLoad(url: string, adminKey: string, options: LoadOptions): Promise<LoadReport> {
  const run = Date.now().toString(36);
  const customers = Array.from({ length: options.customers }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return { id: `load-${run}-c${n}`, name: `Load ${run} Clinic ${n}`, key: "" };
  });
  for (const c of customers) {
    const created = await post(
      url,
      adminKey,
      `mutation { createCustomer(input: {id: "${c.id}", name: "${c.name}"}) { id } }`,
    );
    const key = await post(
      url,
      adminKey,
      `mutation { createApiKey(input: {role: CUSTOMER, customer: "${c.id}"}) { key } }`,
    );
    if (created.errors || key.errors)
      throw new Error(`setting up ${c.id} failed: ${JSON.stringify(created.errors ?? key.errors)}`);
    c.key = (key.data?.createApiKey as { key: string }).key;
  }

  const violations: string[] = [];
  const byKind: LoadReport["byKind"] = {};
  let mutationsSucceeded = 0;
  const tally = (kind: string, outcome: "sent" | "ok" | "refused") => {
    byKind[kind] ??= { sent: 0, ok: 0, refused: 0 };
    byKind[kind][outcome] += 1;
  };
  const auditBefore = await auditTotal(url, adminKey);

  const instances = customers.map((own, index) => {
    const other = customers[(index + 1) % customers.length] as (typeof customers)[number];
    const strangers = customers.filter((c) => c !== own);
    let sequence = 0;
    const leaks = (kind: string, body: string) => {
      for (const s of strangers) {
        if (body.includes(s.id) || body.includes(s.name))
          violations.push(`${own.id} ${kind}: saw ${s.id}'s data`);
      }
    };
    const graphql = (kind: string, query: () => string, expect: "ok" | "forbidden", mutation = false) => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json", authorization: `Bearer ${own.key}` },
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        body: JSON.stringify({ query: query() }),
      }),
      onResponse: (status: number, text: string) => {
        tally(kind, "sent");
        leaks(kind, text);
        let body: GraphQLBody;
        try {
          body = JSON.parse(text) as GraphQLBody;
        } catch {
          return void violations.push(`${own.id} ${kind}: HTTP ${status}, not JSON`);
        }
        const code = body.errors?.[0]?.extensions?.code;
        if (expect === "forbidden") {
          if (code === "FORBIDDEN" && !body.data) return tally(kind, "refused");
          return void violations.push(
            `${own.id} ${kind}: expected FORBIDDEN, got HTTP ${status} ${code ?? "data"}`,
          );
        }
        if (status !== 200 || body.errors) {
          return void violations.push(
            `${own.id} ${kind}: HTTP ${status} ${code ?? ""} ${body.errors?.[0]?.message ?? ""}`,
          );
        }
        if (!JSON.stringify(body.data).includes(own.id))
          violations.push(`${own.id} ${kind}: answer not about its customer`);
        tally(kind, "ok");
        if (mutation) mutationsSucceeded += 1;
      },
    });
    /** A matrix export with this customer's key: its own answers with the matrix, another's with 403. */
    const exportRequest = (kind: string, path: string, expect: "ok" | "forbidden"): autocannon.Request => ({
      method: "GET",
      path,
      headers: { authorization: `Bearer ${own.key}` },
      onResponse: (status: number, text: string) => {
        tally(kind, "sent");
        leaks(kind, text);
        if (expect === "forbidden") {
          if (status === 403) return tally(kind, "refused");
          return void violations.push(`${own.id} ${kind}: expected 403, got ${status}`);
        }
        if (status !== 200 || !text.includes("164.312(b)"))
          return void violations.push(`${own.id} ${kind}: HTTP ${status}`);
        tally(kind, "ok");
      },
    });
    const requests: autocannon.Request[] = [
      graphql(
        "read inheritance",
        () => `{ inheritance(rule: "164.312(b)", customer: "${own.id}") { customer status owners { id } } }`,
        "ok",
      ),
      graphql(
        "write attestation",
        () => {
          sequence += 1;
          const obligation = OBLIGATIONS[sequence % OBLIGATIONS.length] as string;
          const status = STATUSES[sequence % STATUSES.length] as string;
          return `mutation { recordAttestation(input: {customer: "${own.id}", obligation: "${obligation}", status: ${status},
            date: "2026-01-15", attestedBy: "Officer ${own.id}", evidence: "load ${sequence}"}) { customerId obligationId status } }`;
        },
        "ok",
        true,
      ),
      graphql(
        "read matrix",
        () =>
          `{ responsibilityMatrix(customer: "${own.id}") { customer customerName totals { status count } } }`,
        "ok",
      ),
      graphql("read other customer", () => `{ customer(id: "${other.id}") { id name notes } }`, "forbidden"),
      graphql(
        "write capabilities",
        () =>
          `mutation { updateCustomer(id: "${own.id}", input: {capabilities: ${JSON.stringify(CAPABILITY_SETS[sequence % CAPABILITY_SETS.length])}}) { id } }`,
        "ok",
        true,
      ),
      graphql(
        "read gaps",
        () => `{ gaps(customer: "${own.id}") { customer closedCount openRequirements { citation } } }`,
        "ok",
      ),
      graphql(
        "read other matrix",
        () => `{ responsibilityMatrix(customer: "${other.id}") { customerName } }`,
        "forbidden",
      ),
      exportRequest("export own csv", `/matrix.csv?customer=${own.id}`, "ok"),
      exportRequest("export other md", `/matrix.md?customer=${other.id}`, "forbidden"),
    ];
    return autocannon({
      url,
      amount: options.requests,
      connections: options.connections,
      requests,
      timeout: 30,
    });
  });

  const results = await Promise.all(instances);
  const auditEventsAppended = (await auditTotal(url, adminKey)) - auditBefore;
  if (auditEventsAppended !== mutationsSucceeded) {
    violations.push(
      `audit events appended (${auditEventsAppended}) != mutations that succeeded (${mutationsSucceeded})`,
    );
  }
  for (const r of results) {
    if (r.errors || r.timeouts)
      violations.push(`autocannon: ${r.errors} connection errors, ${r.timeouts} timeouts`);
  }
  const seconds = Math.max(...results.map((r) => r.duration));
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const worst = (pick: (r: autocannon.Result) => number) => Math.max(...results.map(pick));
  return {
    options,
    seconds,
    requests: total,
    requestsPerSecond: Math.round(total / seconds),
    latencyMs: {
      p50: worst((r) => r.latency.p50),
      p97_5: worst((r) => r.latency.p97_5),
      p99: worst((r) => r.latency.p99),
      max: worst((r) => r.latency.max),
    },
    byKind,
    mutationsSucceeded,
    auditEventsAppended,
    violations,
  };
}

export function formatReport(report: LoadReport): string {
  const lines = [
    `${report.options.customers} customers x ${report.options.requests} requests, ${report.options.connections} connections each`,
    `${report.requests} requests in ${report.seconds.toFixed(1)} s: ${report.requestsPerSecond} req/s; ` +
      `latency (worst customer) p50 ${report.latencyMs.p50} ms, p97.5 ${report.latencyMs.p97_5} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    "",
    "| request | sent | answered | refused as expected |",
    "|---|---:|---:|---:|",
    ...Object.entries(report.byKind).map(([kind, t]) => `| ${kind} | ${t.sent} | ${t.ok} | ${t.refused} |`),
    "",
    `mutations that succeeded: ${report.mutationsSucceeded}; audit events appended: ${report.auditEventsAppended}`,
    report.violations.length === 0 ? "violations: none" : `violations (${report.violations.length}):`,
    ...report.violations.slice(0, 20).map((v) => `  - ${v}`),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const opts = new Command("load")
    .option("--customers <n>", "customers, each with its own key", "6")
    .option("--requests <n>", "requests per customer", "600")
    .option("--connections <n>", "connections per customer", "4")
    .parse()
    .opts<{ customers: string; requests: string; connections: string }>();
  const options = {
    customers: Number(opts.customers),
    requests: Number(opts.requests),
    connections: Number(opts.connections),
  };
  const config = loadConfig(process.env, {
    NEO4J_LOCAL_DATA_DIR: process.env.NEO4J_LOCAL_DATA_DIR ?? ".neo4j-local/load",
    NEO4J_LOCAL_BOLT_PORT: process.env.NEO4J_LOCAL_BOLT_PORT ?? "7697",
    PORT: "0",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  await withDatabase({ config, say }, async (db) => {
    say("Resetting and seeding the graph...");
    await applyConstraints(db);
    await resetGraph(db);
    await loadSeedGraph(db, readSeedGraph());
    const api = await serveApi({ config, db, log: createLogger(config.logLevel) });
    try {
      const { key } = await api.services.apiKeys.create(
        { role: "admin", label: "load test" },
        { principal: COMMAND_LINE, via: "cli", requestId: null },
      );
      say(`Running: ${JSON.stringify(options)} against ${api.url}`);
      const report = await runLoad(api.url, key, options);
      process.stdout.write(`${formatReport(report)}\n`);
      if (report.violations.length > 0) process.exitCode = 1;
    } finally {
      await api.stop();
    }
  });
}

if (require.main === module) runCli("load", main);
