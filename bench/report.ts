// bench/results/latest.md from the results, and the issue's targets checked against them. Tables keep
// a fixed column order and number format, so that the committed file diffs cleanly from run to run.
import type { BenchResults, LoadResult, Measured, SizeResult, Target } from "./results.js";
import { BATCH_SIZE, BATCH_WRITERS, SINGLE_TRANSACTION_LIMIT } from "../src/seed/loader.js";
import { ratio } from "./stats.js";

export const TARGETS = {
  floorRatio: 1.5,
  growth100x: 1.5,
  peerRatio: 1,
  loaderPerSecond: 20_000,
  startSeconds: 20,
} as const;

const ms = (value: number | undefined): string => (value === undefined ? "–" : value.toFixed(2));
const x = (value: number | null | undefined): string =>
  value === null || value === undefined ? "–" : `${value.toFixed(2)}x`;
const int = (value: number): string => value.toLocaleString("en-US");

function label(results: BenchResults, id: string): string {
  return results.operations.find((o) => o.id === id)?.label ?? id;
}

function sizeOf(results: BenchResults, factor: number): SizeResult | undefined {
  return results.sizes.find((s) => s.factor === factor);
}

export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const real = sizeOf(results, 1);
  for (const id of ["inheritance", "matrix-template", "matrix-customer"]) {
    const value = real?.operations[id]?.floorRatio?.["1"];
    targets.push({
      name: `${label(results, id)}: p50 over its raw Cypher floor (concurrency 1)`,
      goal: `<= ${TARGETS.floorRatio}x`,
      value: x(value),
      met: value === null || value === undefined ? null : value <= TARGETS.floorRatio,
    });
  }
  const largest = results.sizes[results.sizes.length - 1];
  if (real && largest && largest.factor > 1) {
    for (const op of results.operations.filter((o) => o.perRule)) {
      const growth = ratio(largest.operations[op.id]?.http["1"]?.p50, real.operations[op.id]?.http["1"]?.p50);
      targets.push({
        name: `${op.label}: p50 at ${largest.factor}x over p50 at 1x`,
        goal: `<= ${TARGETS.growth100x}x`,
        value: x(growth),
        met: growth === null ? null : growth <= TARGETS.growth100x,
      });
    }
    targets.push({
      name: `loader throughput at ${largest.factor}x (into an empty graph: created; ${loadFigure(largest)})`,
      goal: `>= ${int(TARGETS.loaderPerSecond)} elements/s`,
      value: `${int(largest.load.perSecond)} elements/s`,
      met: largest.load.perSecond >= TARGETS.loaderPerSecond,
    });
    targets.push({
      name: `loader throughput at ${largest.factor}x (onto itself: merged)`,
      goal: `>= ${int(TARGETS.loaderPerSecond)} elements/s`,
      value: `${int(largest.reload.perSecond)} elements/s`,
      met: largest.reload.perSecond >= TARGETS.loaderPerSecond,
    });
  }
  if (results.peer) {
    for (const c of ["1", "16"]) {
      const value = results.peer.ratio[c];
      targets.push({
        name: `nested read, ours over @neo4j/graphql, p50 at concurrency ${c}`,
        goal: `< ${TARGETS.peerRatio}x`,
        value: x(value),
        met: value === null || value === undefined ? null : value < TARGETS.peerRatio,
      });
    }
  }
  const start = results.startToReady;
  targets.push({
    name: "`npm start` to ready (jars cached, fresh data folder)",
    goal: `<= ${TARGETS.startSeconds} s`,
    value: start === null ? "not measured" : "error" in start ? "failed" : `${start.seconds.toFixed(1)} s`,
    met: start === null || "error" in start ? null : start.seconds <= TARGETS.startSeconds,
  });
  return targets;
}

export function markdownReport(results: BenchResults): string {
  const out: string[] = [];
  const env = results.environment;
  out.push("# Benchmark results", "");
  out.push(
    `Run ${results.generatedAt} on ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GiB, Node ${env.node}, ${env.neo4j}; ` +
      `load average at start ${env.loadAverageAtStart.join(" / ")}${results.settings.quick ? "; **--quick run: too few requests to publish**" : ""}.`,
    "",
    "Latencies in milliseconds, measured at the client (sub-millisecond precision); req/s is completed requests over wall time, " +
      "closed loop (each connection sends its next request when the previous answer arrives). " +
      `${results.settings.warmup}. Reproduce with \`npm run bench\` (\`-- --quick\` for a smoke run).`,
    "",
  );

  const real = sizeOf(results, 1);
  if (real) {
    out.push(`## Real graph (${int(real.graphElements)} nodes and relationships)`, "");
    out.push(
      "| operation | concurrency | p50 | p95 | p99 | req/s | Cypher floor p50 | floor req/s | p50 / Cypher floor | p50 / HTTP floor | round trips |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const httpFloor = real.operations.trivial?.http;
    for (const [id, m] of Object.entries(real.operations))
      out.push(...operationRows(label(results, id), m, id === "trivial" ? undefined : httpFloor));
    out.push(
      "",
      "Cypher floor: the same Cypher statement the operation's service sends, run through neo4j-driver as the server runs it (an auto-commit read) " +
        "(no GraphQL, no HTTP, records not converted). HTTP floor: `{ __typename }` through the same server (HTTP, Apollo, no Cypher). " +
        "Round trips: Cypher statements one request sends, counted at the driver.",
      "",
    );
  }

  const peer = results.peer;
  if (peer) {
    out.push("## Ours against @neo4j/graphql (same nested read, same Neo4j)", "");
    out.push(
      "| server | concurrency | p50 | p95 | p99 | req/s | round trips |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const [name, m] of [
      ["ours: `requirements(first:)`", peer.ours],
      ["@neo4j/graphql 7: `requirementsConnection(first:)`", peer.peer],
    ] as const) {
      for (const [c, s] of Object.entries(m.http))
        out.push(
          `| ${name} | ${c} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.rps} | ${m.roundTrips} |`,
        );
    }
    out.push(
      "",
      `Ours / theirs (p50): ${Object.entries(peer.ratio)
        .map(([c, r]) => `${x(r)} at concurrency ${c}`)
        .join(", ")}. ${peer.transport}. ` +
        "Both answer the same page (checked before timing): requirements in citation order with the 2021-03 policies addressing them " +
        "and the controls satisfying them with their operator.",
      "",
    );
  }

  out.push("## Graph size", "");
  const perSize = results.operations.filter((o) =>
    results.sizes.some((s) => s.factor > 1 && s.operations[o.id]),
  );
  out.push(
    `| size | nodes + relationships | loaded in | loader elements/s | first load elements/s | reload (merge) elements/s | ${perSize.map((o) => `${o.id} p50`).join(" | ")} |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ${perSize.map(() => "---:").join(" | ")} |`,
  );
  for (const size of results.sizes) {
    const cells = perSize.map((o) => {
      const p50 = size.operations[o.id]?.http["1"]?.p50;
      const growth = ratio(p50, real?.operations[o.id]?.http["1"]?.p50);
      return size.factor === 1 ? ms(p50) : `${ms(p50)} (${x(growth)})`;
    });
    out.push(
      `| ${size.factor}x | ${int(size.graphElements)} | ${int(size.load.ms)} ms (${loadMode(size.load)}) | ${loadCell(size)} | ${size.firstLoad ? int(size.firstLoad.perSecond) : "–"} | ${int(size.reload.perSecond)} | ${cells.join(" | ")} |`,
    );
  }
  out.push(
    "",
    "Database hits of one request (PROFILE of its Cypher statement: exact, whatever the machine's load):",
    "",
    `| size | ${perSize.map((o) => o.id).join(" | ")} |`,
    `| --- | ${perSize.map(() => "---:").join(" | ")} |`,
  );
  for (const size of results.sizes) {
    const cells = perSize.map((o) => {
      const hits = size.operations[o.id]?.profile?.dbHits;
      const growth = ratio(hits, real?.operations[o.id]?.profile?.dbHits);
      return hits === undefined ? "–" : size.factor === 1 ? int(hits) : `${int(hits)} (${x(growth)})`;
    });
    out.push(`| ${size.factor}x | ${cells.join(" | ")} |`);
  }
  out.push(
    "",
    "Loader elements/s: nodes and relationships written per second by the seed loader (a graph above " +
      `${int(SINGLE_TRANSACTION_LIMIT)} elements in ${int(BATCH_SIZE)}-row transactions, ${BATCH_WRITERS} at once), the median of the loads of that size after its first into the benchmark's Neo4j, each in brackets (reset ` +
      "in between: an empty graph, so the loader creates; the JVM's optimizing compiler still takes CPU from the first few); first load: the same graph loaded the first time, while the JVM still compiles the paths it takes; " +
      "reload: the same graph loaded again onto itself, every node and relationship merged. " +
      `p50 over HTTP at concurrency 1; in brackets, the growth against 1x. The first load into a fresh Neo4j (plans not yet cached, ` +
      `as on \`npm start\`): ${int(results.coldSeedLoad.elements)} elements in ${int(results.coldSeedLoad.ms)} ms. ` +
      "Generated graphs (bench/generate.ts) add synthetic frameworks, requirements, policies, controls, obligations and customers " +
      "under their own policy-set versions, operated by the real parties; the real graph stays in, so the same questions are asked at every size.",
    "",
    "![p50 against graph size](latency-vs-size.svg)",
    "",
  );

  const start = results.startToReady;
  if (start && !("error" in start)) {
    out.push("## `npm start` to ready", "");
    out.push("| seconds after `npm start` | milestone |", "| ---: | --- |");
    for (const m of start.milestones) out.push(`| ${m.at.toFixed(1)} | ${m.what} |`);
    out.push("");
  } else if (start) {
    out.push("## `npm start` to ready", "", `Could not be timed: ${start.error.split("\n")[0]}`, "");
  }

  out.push("## Targets", "", "| target | goal | measured | met |", "| --- | --- | ---: | :---: |");
  for (const t of results.targets)
    out.push(`| ${t.name} | ${t.goal} | ${t.value} | ${t.met === null ? "–" : t.met ? "yes" : "**no**"} |`);
  out.push("");
  return `${out.join("\n")}\n`;
}

function operationRows(name: string, m: Measured, httpFloor: Measured["http"] | undefined): string[] {
  return Object.entries(m.http).map(([c, s]) => {
    const floor = m.floor?.[c];
    const overHttp = ratio(s.p50, httpFloor?.[c]?.p50);
    return `| ${name} | ${c} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.rps} | ${ms(floor?.p50)} | ${floor?.rps ?? "–"} | ${x(m.floorRatio?.[c])} | ${x(overHttp)} | ${m.roundTrips}${m.statements.length ? ` (${m.statements.map((n) => `\`${n}\``).join(", ")})` : ""} |`;
  });
}

/** "single, create" or "batched, 4 writers, create". */
function loadMode(load: LoadResult): string {
  const how = load.transactions === "batched" ? `batched, ${load.writers} writers` : load.transactions;
  return `${how}, ${load.writes}`;
}

/** Which load the loader figure of a size is. */
function loadFigure(size: SizeResult): string {
  const runs = size.loadRuns.length;
  return runs > 1 ? `median of ${runs} loads after the first` : "second load";
}

/** The measured loader figure, with each measured load when there were several. */
function loadCell(size: SizeResult): string {
  const runs = size.loadRuns;
  return runs.length > 1
    ? `${int(size.load.perSecond)} (${runs.map((n) => int(n)).join(" / ")})`
    : int(size.load.perSecond);
}
