// Starts a real Neo4j 5.26 Community DBMS for local development and tests, without Docker:
// tools/neo4j-local is a small Java launcher that embeds Neo4j (jars from Maven Central) and
// serves Bolt on 127.0.0.1 only, with auth disabled. See tools/neo4j-local/pom.xml and its
// Neo4jLocal.java for the line protocol (NEO4J_READY / NEO4J_STOPPED / NEO4J_FAILED).
//
// The child keeps a pipe on its stdin and exits when that pipe closes, so it cannot outlive
// this Node process, even after a SIGKILL of Node.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { prepareLaunch } from "./class-archive.js";
import { ensureLauncherBuilt, launcherDir, MAIN_CLASS, withBuildLock } from "./launcher.js";

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  log: (line: string) => void;
  /** JVM heap (-Xmx), default 512. */
  heapMb?: number;
  /** Neo4j page cache, default 64. */
  pagecacheMb?: number;
  /** Time allowed from spawn to NEO4J_READY, default 120 000. */
  startTimeoutMs?: number;
  /**
   * "fast-start" (default): the JVM's C1 compiler only. A local Neo4j lives for a dev session or a test
   * run, and the optimizing C2 compiler spends more CPU compiling Neo4j's start-up and first queries
   * than it saves: with C1 alone Neo4j starts on less CPU and loads the seed into a fresh database
   * faster. "peak": C1 then C2, as the stock server runs; long heavy reads (the whole responsibility
   * matrix) then cost less CPU once compiled. The benchmark uses it.
   */
  jit?: "fast-start" | "peak";
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  /** SIGTERM, then SIGKILL after 20 s; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
  /** Resolves with the exit code (null when killed by a signal); never rejects. */
  readonly exited: Promise<number | null>;
}

/** The flags the stock Neo4j 5 launcher passes; start-up can fail on Java 17 without them. */
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];
/**
 * See LocalNeo4jOptions.jit. With C1 alone the JVM reserves 48 MB for compiled code, not the 240 MB
 * of tiered compilation: a test run's Neo4j filled it within minutes ("CodeCache is full. Compiler has
 * been disabled"), and from then on new queries' code ran interpreted. A long-lived `npm start` would too.
 */
const JIT_FLAGS = {
  "fast-start": ["-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m"],
  peak: [] as string[],
} as const;
const STOP_GRACE_MS = 20_000;
const TAIL_LINES = 20;

function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home && existsSync(join(home, "bin", "java")) ? join(home, "bin", "java") : "java";
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { boltPort, log } = opts;
  const heapMb = opts.heapMb ?? 512;
  const pagecacheMb = opts.pagecacheMb ?? 64;
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  const dataDir = resolve(opts.dataDir);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535)
    throw new Error(`Invalid Bolt port ${boltPort}`);

  await ensureLauncherBuilt(log);
  await mkdir(dataDir, { recursive: true });

  const dir = launcherDir();
  const launch = await prepareLaunch({
    dir,
    java: javaExecutable(),
    jvmFlags: JVM_FLAGS,
    mainClass: MAIN_CLASS,
    locked: (work) => withBuildLock(dir, work),
    log,
  });
  const args = [
    `-Xmx${heapMb}m`,
    ...JVM_FLAGS,
    ...JIT_FLAGS[opts.jit ?? "fast-start"],
    ...launch.flags,
    "-cp",
    launch.classpath,
    MAIN_CLASS,
    "--data",
    dataDir,
    "--port",
    String(boltPort),
    "--pagecache-mb",
    String(pagecacheMb),
  ];
  const where = `127.0.0.1:${boltPort} (data ${dataDir})`;
  const started = Date.now();
  // stdin stays an open pipe: the launcher exits when it closes (this process died or exited).
  const child = spawn(javaExecutable(), args, { stdio: ["pipe", "pipe", "pipe"] });

  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolveExit) => {
    child.on("error", (error) => {
      spawnError = error; // e.g. java not found; 'close' may not follow
      resolveExit(null);
    });
    child.on("close", (code) => resolveExit(code));
  });
  const exitedOnce = (): boolean =>
    child.exitCode !== null || child.signalCode !== null || spawnError !== undefined;

  const stderrTail: string[] = [];
  let failure: string | undefined;
  createInterface({ input: child.stderr }).on("line", (line) => {
    launch.watch(line);
    if (line.startsWith("NEO4J_FAILED ")) failure = line.slice("NEO4J_FAILED ".length);
    else if (line.trim() !== "") log(`neo4j stderr: ${line}`);
    stderrTail.push(line);
    if (stderrTail.length > TAIL_LINES) stderrTail.shift();
  });

  const uri = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `Neo4j did not become ready within ${startTimeoutMs / 1000} s on ${where}; see ${join(dataDir, "logs", "debug.log")}`,
        ),
      );
    }, startTimeoutMs);
    createInterface({ input: child.stdout }).on("line", (line) => {
      launch.watch(line);
      if (line.startsWith("NEO4J_READY ")) {
        clearTimeout(timer);
        resolveReady(line.slice("NEO4J_READY ".length).trim());
      } else if (line === "NEO4J_STOPPED") {
        log(`Neo4j stopped (${where})`);
      } else if (line.trim() !== "") {
        log(`neo4j: ${line}`);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const reason =
        failure ??
        (spawnError
          ? `could not run ${javaExecutable()}: ${spawnError.message}`
          : `exited with code ${code ?? child.signalCode}`);
      const tail =
        failure === undefined && stderrTail.length > 0 ? `; stderr: ${stderrTail.slice(-5).join(" | ")}` : "";
      // A no-op once resolved (exit after a successful start is not a start failure).
      reject(new Error(`Neo4j failed to start on ${where}: ${reason}${tail}`));
    });
  });
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitedOnce()) return;
      child.kill("SIGTERM"); // the launcher's shutdown hook stops the DBMS cleanly
      const killer = setTimeout(() => {
        log(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s: killing pid ${child.pid}`);
        child.kill("SIGKILL");
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    })();
    return stopping;
  };

  return { uri, stop, exited };
}
