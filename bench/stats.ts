// Latency statistics from the raw samples (milliseconds, sub-millisecond precision): autocannon's own
// histograms round to whole milliseconds, too coarse for reads that take a few.

import { eachAtOnce } from "../src/concurrency.js";

export interface LatencyStats {
  /** Requests measured (warm-up excluded). */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Completed requests per second of wall time, over the measured requests. */
  rps: number;
}

/** Nearest-rank percentile of sorted samples (p in 0..100): a value that was actually observed. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Raw latencies (ms) of one measured run and its wall time: runs of the same thing are merged. */
export interface Samples {
  samples: number[];
  wallMs: number;
}

export function merge(runs: readonly Samples[]): Samples {
  return { samples: runs.flatMap((r) => r.samples), wallMs: runs.reduce((n, r) => n + r.wallMs, 0) };
}

export function summarize({ samples, wallMs }: Samples): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    requests: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sum / Math.max(1, sorted.length)),
    rps: round((sorted.length / wallMs) * 1000, 1),
  };
}

/** Two decimals for milliseconds: enough to compare, stable enough to diff. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** a / b, rounded, or null when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return null;
  return round(a / b);
}

/**
 * Runs `task` `amount` times with `concurrency` callers in a closed loop (each starts its next call
 * when its previous one ends), after `warmup` unmeasured calls. Returns per-call latencies and the
 * wall time of the measured part.
 */
export async function closedLoop(
  task: () => Promise<unknown>,
  opts: { concurrency: number; amount: number; warmup: number },
): Promise<Samples> {
  await drive(task, opts.concurrency, opts.warmup, () => undefined);
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  await drive(task, opts.concurrency, opts.amount, (ms) => samples.push(ms));
  return { samples, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function drive(
  task: () => Promise<unknown>,
  concurrency: number,
  amount: number,
  record: (ms: number) => void,
): Promise<void> {
  await eachAtOnce(Array.from({ length: amount }), concurrency, async () => {
    const t = process.hrtime.bigint();
    await task();
    record(Number(process.hrtime.bigint() - t) / 1e6);
  });
}
