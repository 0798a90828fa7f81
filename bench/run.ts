// npm run bench [-- --quick] [-- --sizes 1,10,100] [-- --no-start]
//
// The performance benchmark (not a test: nothing here passes or fails on a figure). Against a real
// Neo4j (its own local one unless NEO4J_URI is set), for the real graph and generated graphs 10x and
// 100x its size, it measures our GraphQL API over HTTP, the raw Cypher floor under it, the
// @neo4j/graphql peer on the same nested read, the loader, round trips, and `npm start` to ready.
// Writes bench/results/latest.json, latest.md and latency-vs-size.svg.
import "reflect-metadata";
import { cpus, loadavg, totalmem } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../src/config.js";
import { Database } from "../src/db/database.js";
import { errorMessage } from "../src/errors.js";
import { projectRoot } from "../src/paths.js";
import { applyConstraints, countGraph, loadSeedGraph, resetGraph } from "../src/seed/loader.js";
import { readSeedGraph, type SeedGraph } from "../src/seed/seed-graph.js";
import { createCustomerKey } from "./auth.js";
import { latencyChart } from "./chart.js";
import { startServers, timeNpmStart, type ServersUnderTest } from "./children.js";
import type { SentStatement } from "./server.js";
import { RawCypher } from "./floor.js";
import { elementCount, scaledGraph } from "./generate.js";
import { checkOnce, httpLoad, type GraphqlRequest } from "./http-load.js";
import { openBenchNeo4j, type BenchNeo4j } from "./neo4j.js";
import { CUSTOMER, NESTED_OURS, NESTED_PEER, OPERATIONS, type Operation } from "./operations.js";
import { checkSameNestedAnswer } from "./peer-check.js";
import { markdownReport, evaluateTargets } from "./report.js";
import type { BenchResults, LoadResult, Measured, PeerComparison, SizeResult } from "./results.js";
import { merge, ratio, round, summarize, type Samples } from "./stats.js";

const RESULTS_DIR = join(projectRoot, "bench", "results");
const CONCURRENCY = [1, 16] as const;

/**
 * Requests per measurement at concurrency 1 (16 sends twice as many), split over the rounds. Chosen
 * so that the whole run stays under ~10 minutes on 2 cores; --quick divides them by 5.
 */
const REQUESTS: Record<string, number> = {
  inheritance: 300,
  "matrix-template": 90,
  "matrix-customer": 90,
  policy: 300,
  search: 300,
  trivial: 900,
  "nested-ours": 90,
  "nested-peer": 90,
};

interface Options {
  quick: boolean;
  sizes: number[];
  start: boolean;
}

function parseOptions(): Options {
  const opts = new Command("bench")
    .description("Performance benchmark against a real Neo4j; writes bench/results/")
    .option("--quick", "a fifth of the requests: a smoke run, figures too noisy to publish")
    .option("--sizes <list>", "graph sizes as multiples of the real graph", "1,10,100")
    .option("--no-start", "skip timing `npm start` to ready")
    .parse()
    .opts<{ quick?: boolean; sizes: string; start: boolean }>();
  const sizes = opts.sizes.split(",").map((s) => Number.parseInt(s.trim(), 10));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1) || sizes[0] !== 1)
    throw new Error(`--sizes must be whole numbers starting with 1 (got "${opts.sizes}")`);
  return { quick: opts.quick === true, sizes, start: opts.start };
}

const say = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions();
  const config = loadConfig();
  const startedAt = new Date();
  const loadAverageAtStart = loadavg().map((n) => round(n, 2));
  const requests = (id: string, concurrency: number): number => {
    const base = (REQUESTS[id] ?? 100) * (concurrency > 1 ? 2 : 1);
    return options.quick ? Math.max(20, Math.round(base / 5)) : base;
  };
  const warmMs = options.quick ? WARM_MS / 5 : WARM_MS;

  const neo4j = await openBenchNeo4j(config, say);
  let servers: ServersUnderTest | undefined;
  let raw: RawCypher | undefined;
  let db: Database | undefined;
  let results: BenchResults;
  try {
    db = new Database({ ...config.neo4j, uri: neo4j.uri, password: neo4j.password, txTimeoutMs: 600_000 });
    await applyConstraints(db);
    const real = readSeedGraph();

    // The first load into a fresh JVM is what `npm start` pays on an empty database (plans not cached).
    await resetGraph(db);
    const cold = await loadSeedGraph(db, real);
    say(`cold seed load: ${cold.elements} elements in ${cold.ms} ms`);

    servers = await startServers(neo4j);
    raw = new RawCypher(neo4j);
    say(`servers: ours ${servers.ours}, peer ${servers.peer}`);

    const sizes: SizeResult[] = [];
    let peer: PeerComparison | null = null;
    for (const factor of options.sizes) {
      const ctx = { db, neo4j, servers, raw, requests, warmMs };
      const size = await measureSize(factor, real, ctx);
      sizes.push(size.result);
      if (factor === 1) peer = await measurePeer(ctx, size.key);
    }

    // Last, with the benchmark's Neo4j idle: `npm start` on a fresh data folder, jars already cached.
    let startToReady: BenchResults["startToReady"] = null;
    if (options.start && !config.neo4j.uri) {
      await servers.stop();
      try {
        startToReady = await timeNpmStart(say);
      } catch (error) {
        startToReady = { error: errorMessage(error) };
        say(`npm start could not be timed: ${errorMessage(error)}`);
      }
    }

    results = {
      generatedAt: startedAt.toISOString(),
      environment: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? "unknown",
        memoryGb: round(totalmem() / 2 ** 30, 1),
        node: process.version,
        neo4j: neo4j.description,
        loadAverageAtStart,
      },
      settings: {
        quick: options.quick,
        sizes: options.sizes,
        concurrency: [...CONCURRENCY],
        requests: Object.fromEntries(Object.keys(REQUESTS).map((id) => [id, requests(id, 1)])),
        warmup:
          `as many requests as measured (at least 20), and at concurrency 1 for at least ${warmMs / 1000} s, on every side ` +
          `before any side is measured, not counted; then ${ROUNDS} rounds ` +
          "alternating with its Cypher floor (the nested read: with the peer), so that load changes hit both sides",
      },
      operations: [...OPERATIONS, NESTED_OURS, NESTED_PEER].map(({ id, label, perRule }) => ({
        id,
        label,
        perRule,
      })),
      coldSeedLoad: { elements: cold.elements, ms: cold.ms, perSecond: perSecond(cold.elements, cold.ms) },
      sizes,
      peer,
      startToReady,
      targets: [],
    };
    results.targets = evaluateTargets(results);
  } finally {
    await servers?.stop();
    await raw?.close();
    await db?.close();
    await neo4j.stop();
  }

  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, "latest.md"), markdownReport(results));
  await writeFile(join(RESULTS_DIR, "latency-vs-size.svg"), latencyChart(results));
  say(`results written to ${RESULTS_DIR}`);
  process.stdout.write(markdownReport(results));
}

interface SizeContext {
  db: Database;
  neo4j: BenchNeo4j;
  servers: ServersUnderTest;
  raw: RawCypher;
  requests: (id: string, concurrency: number) => number;
  /** How long every side runs an operation, unmeasured, before its measurement at concurrency 1. */
  warmMs: number;
}

/** Loads of a generated size measured after its first (an odd count: the median is one of them). */
const MEASURED_LOADS = 3;

/** Reset, load the graph of this size through the seed loader, then measure every operation. */
async function measureSize(
  factor: number,
  real: SeedGraph,
  ctx: SizeContext,
): Promise<{ result: SizeResult; key: string }> {
  const graph = factor === 1 ? real : scaledGraph(real, factor);
  const timedLoad = async (reset = true): Promise<LoadResult> => {
    if (reset) await resetGraph(ctx.db);
    const { elements, ms, transactions, writers, writes } = await loadSeedGraph(ctx.db, graph);
    const rate = perSecond(elements, ms);
    say(
      `${factor}x: loaded ${elements} elements in ${ms} ms (${rate}/s, ${transactions}, ${writers} at once, ${writes})`,
    );
    return { elements, ms, transactions, writers, writes, perSecond: rate };
  };
  // A size's first load runs while the JVM still compiles the paths a graph that big takes, as a
  // server's first big load does, and the loads after it still speed up while the optimizing compiler
  // catches up (on few cores it takes CPU from the load). The figure is the median of the loads after the first (reset in
  // between, the same graph); the first's and each one's are kept beside it.
  const firstLoad = factor === 1 ? undefined : await timedLoad();
  const runs: LoadResult[] = [];
  for (let i = 0; i < (factor === 1 ? 1 : MEASURED_LOADS); i++) runs.push(await timedLoad());
  const load = [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)] as LoadResult;
  // The same graph once more, onto itself: every node and relationship is there, so all are merged.
  const reload = await timedLoad(false);
  const counts = await countGraph(ctx.db);
  const graphElements =
    Object.entries(counts.labels)
      .filter(([label]) => label !== "HitrustControl") // a second label on Requirement nodes, not more nodes
      .reduce((n, [, c]) => n + c, 0) + Object.values(counts.types).reduce((n, c) => n + c, 0);
  const key = await createCustomerKey(ctx.db, CUSTOMER);

  const operations: Record<string, Measured> = {};
  for (const op of OPERATIONS) {
    if (factor > 1 && !op.scales) continue;
    const concurrency = factor === 1 ? CONCURRENCY : ([1] as const);
    operations[op.id] = await measureOperation(op, ctx.servers.ours, key, concurrency, ctx);
    const c1 = operations[op.id]?.http["1"];
    say(`${factor}x ${op.id}: p50 ${c1?.p50} ms, ${c1?.rps} req/s at concurrency 1`);
  }
  return {
    key,
    result: {
      factor,
      loaderElements: elementCount(graph),
      graphElements,
      load,
      loadRuns: runs.map((run) => run.perSecond),
      ...(firstLoad ? { firstLoad } : {}),
      reload,
      operations,
    },
  };
}

/**
 * Measured in rounds: the HTTP run, then its floor, then HTTP again... so that a change in the
 * machine's load (other work on 2 cores) hits both sides of a ratio alike instead of one of them.
 */
const ROUNDS = 3;

/** One request to learn what it costs in round trips and which statements it sends. */
interface Prepared {
  op: Operation;
  url: string;
  request: GraphqlRequest;
  roundTrips: number;
  sent: SentStatement[];
  peer: boolean;
}

async function prepare(
  op: Operation,
  url: string,
  key: string,
  servers: ServersUnderTest,
): Promise<Prepared> {
  const request: GraphqlRequest = {
    query: op.query,
    variables: op.variables,
    key: op.customerKey ? key : undefined,
  };
  await checkOnce(url, request); // an error answer stops the run; this one also caches the API key
  await servers.statements(); // forget what was sent so far
  const before = await servers.roundTrips();
  await checkOnce(url, request);
  const after = await servers.roundTrips();
  // What the services sent for this one request (authentication, if it had to ask Neo4j, aside).
  const sent = (await servers.statements()).filter((s) => !s.name.startsWith("auth/"));
  const peer = url === servers.peer;
  const roundTrips = peer ? after.peer - before.peer : after.ours - before.ours;
  return { op, url, request, roundTrips, sent: peer ? [] : sent, peer };
}

/**
 * Every operation over HTTP (and, with a floor, as raw Cypher) at each concurrency, the runs of all
 * of them interleaved round by round.
 */
async function measureTogether(
  ops: readonly Prepared[],
  concurrency: readonly number[],
  ctx: Pick<SizeContext, "raw" | "requests" | "warmMs">,
): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const p of ops) {
    measured.push({
      http: {},
      roundTrips: p.roundTrips,
      statements: p.sent.map((s) => s.name),
      ...(p.op.floor ? { profile: await ctx.raw.profile(p.sent), floor: {}, floorRatio: {} } : {}),
    });
  }
  for (const c of concurrency) {
    const http: Samples[][] = ops.map(() => []);
    const floor: Samples[][] = ops.map(() => []);
    // Every side warms up before any is measured: warmed in turn, the side measured first would meet
    // colder compilers (Neo4j's JIT, V8) than the others.
    for (const p of ops) {
      const amount = warmup(ctx.requests(p.op.id, c));
      const ms = c === 1 ? ctx.warmMs : 0;
      await warmUp(ms, () => httpLoad(p.url, p.request, { connections: c, amount, warmup: 0 }));
      if (p.op.floor) await warmUp(ms, () => ctx.raw.measure(p.sent, { concurrency: c, amount, warmup: 0 }));
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, p] of ops.entries()) {
        const load = { amount: Math.ceil(ctx.requests(p.op.id, c) / ROUNDS), warmup: 0 };
        http[i]?.push(await httpLoad(p.url, p.request, { connections: c, ...load }));
        if (p.op.floor) floor[i]?.push(await ctx.raw.measure(p.sent, { concurrency: c, ...load }));
      }
    }
    for (const [i, m] of measured.entries()) {
      const key = String(c);
      m.http[key] = summarize(merge(http[i] ?? []));
      if (m.floor && m.floorRatio) {
        m.floor[key] = summarize(merge(floor[i] ?? []));
        m.floorRatio[key] = ratio(m.http[key]?.p50, m.floor[key]?.p50);
      }
    }
  }
  return measured;
}

async function measureOperation(
  op: Operation,
  url: string,
  key: string,
  concurrency: readonly number[],
  ctx: Pick<SizeContext, "servers" | "raw" | "requests" | "warmMs">,
): Promise<Measured> {
  const [measured] = await measureTogether([await prepare(op, url, key, ctx.servers)], concurrency, ctx);
  return measured as Measured;
}

/**
 * Ours and @neo4j/graphql on the same nested read, both over HTTP from this process, on the real
 * graph, their runs interleaved.
 */
async function measurePeer(
  ctx: Pick<SizeContext, "servers" | "raw" | "requests" | "warmMs">,
  key: string,
): Promise<PeerComparison> {
  const { servers } = ctx;
  await checkSameNestedAnswer(servers.ours, servers.peer);
  const both = [
    await prepare(NESTED_OURS, servers.ours, key, servers),
    await prepare(NESTED_PEER, servers.peer, key, servers),
  ];
  const [ours, peer] = (await measureTogether(both, CONCURRENCY, ctx)) as [Measured, Measured];
  const r = Object.fromEntries(
    CONCURRENCY.map((c) => [String(c), ratio(ours.http[c]?.p50, peer.http[c]?.p50)]),
  );
  say(`nested read: ours p50 ${ours.http["1"]?.p50} ms, @neo4j/graphql ${peer.http["1"]?.p50} ms`);
  return {
    query: { ours: NESTED_OURS.query, peer: NESTED_PEER.query },
    transport:
      "both over HTTP (express 5 + Apollo 5, JSON body) in one child process, load from the benchmark process, runs interleaved",
    ours,
    peer,
    ratio: r,
  };
}

/**
 * Requests sent before a measurement and not counted: as many as it counts. With fewer (10%), the
 * first size's figures caught Neo4j's and V8's compilers at work: the real graph measured slower than
 * a graph ten times larger a minute later.
 */
const warmup = (amount: number): number => Math.max(20, amount);

/**
 * And, at concurrency 1, for at least this long on every side. A count alone flattered the ratios to
 * the floor: after a few hundred warm-up requests the Cypher floor was still slow from Neo4j's
 * compilers and kept falling for thousands more, while what the API adds per request (HTTP, GraphQL)
 * stayed, so every ratio to the floor read better than a long-running server sees.
 */
const WARM_MS = 10_000;

/** Repeats `run` until `ms` have passed (at least once). */
async function warmUp(ms: number, run: () => Promise<unknown>): Promise<void> {
  const until = Date.now() + ms;
  do await run();
  while (Date.now() < until);
}

const perSecond = (elements: number, ms: number): number => Math.round((elements / Math.max(1, ms)) * 1000);

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
