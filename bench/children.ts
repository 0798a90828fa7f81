// Child processes of the benchmark: the server under test (bench/server.js, with an IPC channel) and
// `npm start`, timed from spawn to its "ready" log line. Each is stopped by its own pid (or, for npm
// start, its own process group: npm -> sh -> node -> java), never by name.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { findFreePort } from "../src/local-neo4j/free-port.js";
import { projectRoot } from "../src/paths.js";
import type { BenchNeo4j } from "./neo4j.js";
import { ENV, type SentStatement, type ServerReady, type ToChild, type ToParent } from "./server.js";

export interface ServersUnderTest {
  ours: string;
  peer: string;
  /** Cypher statements sent so far by each server. */
  roundTrips(): Promise<{ ours: number; peer: number }>;
  /** The statements our server sent since the previous call (the first call: since start). */
  statements(): Promise<SentStatement[]>;
  stop(): Promise<void>;
}

/**
 * Node flags for the server process, to profile what is measured:
 * BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- --quick
 */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter((a) => a !== "");

export async function startServers(target: BenchNeo4j): Promise<ServersUnderTest> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, join(__dirname, "server.js")], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      [ENV.uri]: target.uri,
      [ENV.user]: target.user,
      [ENV.password]: target.password ?? "",
      [ENV.database]: target.database,
    },
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`the bench server exited with code ${code} before it was ready`)),
    );
    child.on("message", (message: ToParent) => {
      if (message.type === "ready") resolve(message);
      if (message.type === "failed") reject(new Error(`the bench server failed: ${message.message}`));
    });
  });
  /** Sends a question and resolves with the first answer of the same type. */
  const ask = <T extends ToChild["type"]>(type: T): Promise<Extract<ToParent, { type: T }>> =>
    new Promise((resolve) => {
      const onMessage = (message: ToParent): void => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        resolve(message as Extract<ToParent, { type: T }>);
      };
      child.on("message", onMessage);
      child.send({ type });
    });
  return {
    ours: ready.ours,
    peer: ready.peer,
    async roundTrips() {
      const { ours, peer } = await ask("roundTrips");
      return { ours, peer };
    },
    async statements() {
      return (await ask("statements")).statements;
    },
    stop: () => stopChild(child, () => child.disconnect()),
  };
}

async function stopChild(child: ChildProcess, ask: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  ask();
  const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(killer);
}

export interface StartToReady {
  /** Seconds from spawning `npm start` to its "ready" log line. */
  seconds: number;
  /** Seconds from spawn to each milestone the log shows. */
  milestones: Array<{ at: number; what: string }>;
}

/** The milestones of `npm start`'s log that say where start-up time goes, by their message's start. */
const MILESTONES: Array<[RegExp, string]> = [
  [/^Starting the local Neo4j/, "build done, API process started, Neo4j starting"],
  [/^Neo4j ready at/, "Neo4j answering"],
  [/^compliance-graph listening/, "HTTP listening, constraints being applied"],
  [/^The graph is empty/, "constraints applied, seed load starting"],
  [/^Seed loaded/, "seed loaded"],
  [/^ready:/, "ready"],
];

/**
 * Runs `npm start` with a fresh data folder, a free Bolt port and PORT=0, and times it to "ready": the
 * build (tsc, GraphiQL bundle: both skip work already done), Neo4j's start and the cold seed load. The
 * benchmark runs it after its own Neo4j has started once, so the jars are built and cached.
 */
export async function timeNpmStart(log: (line: string) => void): Promise<StartToReady> {
  const dataDir = await mkdtemp(join(projectRoot, ".neo4j-local", "bench-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(await findFreePort()),
    PORT: "0",
    LOG_LEVEL: "info",
  };
  delete env.NEO4J_URI;
  const started = process.hrtime.bigint();
  const since = (): number => Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100;
  // Its own process group: npm runs the script through sh, and the group reaches node and Neo4j.
  const child = spawn("npm", ["start", "--silent"], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const milestones: StartToReady["milestones"] = [];
  const tail: string[] = [];
  try {
    const seconds = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("npm start was not ready within 180 s")), 180_000);
      const onLine = (line: string): void => {
        tail.push(line);
        if (tail.length > 15) tail.shift();
        let message = line;
        try {
          const parsed = JSON.parse(line) as { msg?: unknown };
          if (typeof parsed.msg === "string") message = parsed.msg;
        } catch {
          // not a JSON log line (tsc, npm): keep the raw line
        }
        const milestone = MILESTONES.find(([pattern]) => pattern.test(message));
        if (!milestone) return;
        milestones.push({ at: since(), what: milestone[1] });
        if (milestone[1] === "ready") {
          clearTimeout(timer);
          resolve(since());
        }
      };
      createInterface({ input: child.stdout }).on("line", onLine);
      createInterface({ input: child.stderr }).on("line", onLine);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with code ${code} before "ready":\n${tail.join("\n")}`));
      });
    });
    log(`npm start: ready in ${seconds} s`);
    return { seconds, milestones };
  } finally {
    await stopGroup(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * SIGINT to the group (src/index.ts stops Neo4j cleanly on it), then waits until no process of the
 * group is left; SIGKILL to the group after 30 s.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signal = (name: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // ESRCH: no process of the group is left
    }
  };
  if (!signal("SIGINT")) return;
  const deadline = Date.now() + 30_000;
  while (signal(0)) {
    if (Date.now() > deadline) {
      signal("SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
