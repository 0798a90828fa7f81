// The shape of bench/results/latest.json. Keys are written in this order and numbers rounded (stats.ts),
// so two runs differ only in their figures.
import type { LoadReport } from "../src/seed/loader.js";
import type { StartToReady } from "./children.js";
import type { Profile } from "./floor.js";
import type { LatencyStats } from "./stats.js";

export interface Measured {
  /** Over HTTP, by concurrency ("1", "16"). */
  http: Record<string, LatencyStats>;
  /** The raw Cypher floor through neo4j-driver, by concurrency; absent for the trivial query. */
  floor?: Record<string, LatencyStats>;
  /** HTTP p50 / floor p50, by concurrency. */
  floorRatio?: Record<string, number | null>;
  /** Cypher statements one request sends, counted at the driver. */
  roundTrips: number;
  /** The cypher/ files our services sent for one request (authentication aside); the floor runs them. */
  statements: string[];
  /** The floor statement under PROFILE (exact, load-independent). */
  profile?: Profile;
}

/** A load as the loader reported it, and its throughput. */
export type LoadResult = Pick<LoadReport, "elements" | "ms" | "transactions" | "writers" | "writes"> & {
  perSecond: number;
};

export interface SizeResult {
  factor: number;
  /** Nodes and relationships handed to the loader. */
  loaderElements: number;
  /** Nodes and relationships in Neo4j after the load (derived links included). */
  graphElements: number;
  /**
   * The measured load: generated sizes, the median of the loads after the first (reset in between, the
   * same graph); 1x, its one load after the cold seed load.
   */
  load: LoadResult;
  /** Elements/s of each measured load, in order. */
  loadRuns: number[];
  /** Generated sizes: the first load of this size, not counted (the JVM still compiling its paths). */
  firstLoad?: LoadResult;
  /** The same graph loaded again onto itself (merged). */
  reload: LoadResult;
  operations: Record<string, Measured>;
}

export interface PeerComparison {
  query: { ours: string; peer: string };
  transport: string;
  ours: Measured;
  peer: Measured;
  /** ours p50 / peer p50, by concurrency: below 1 means ours is faster. */
  ratio: Record<string, number | null>;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean | null;
}

export interface BenchResults {
  generatedAt: string;
  environment: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    neo4j: string;
    loadAverageAtStart: number[];
  };
  settings: {
    quick: boolean;
    sizes: number[];
    concurrency: number[];
    requests: Record<string, number>;
    warmup: string;
  };
  operations: Array<{ id: string; label: string; perRule: boolean }>;
  coldSeedLoad: { elements: number; ms: number; perSecond: number };
  sizes: SizeResult[];
  peer: PeerComparison | null;
  startToReady: StartToReady | { error: string } | null;
  targets: Target[];
}
