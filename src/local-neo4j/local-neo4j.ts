// Starts a real Neo4j 5.26 Community DBMS for local development and tests, without Docker:
// tools/neo4j-local is a small Java launcher that embeds Neo4j (jars from Maven Central) and
// serves Bolt on 127.0.0.1 only, with auth disabled. See tools/neo4j-local/pom.xml and its
// Neo4jLocal.java for the line protocol (NEO4J_READY / NEO4J_STOPPED / NEO4J_FAILED).
//
// The child keeps a pipe on its stdin and exits when that pipe closes, so it cannot outlive
// this Node process, even after a SIGKILL of Node.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { archiveFiles, prepareLaunch } from "./class-archive.js";

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
   * than it saves: measured on 2 cores, C1 alone starts Neo4j in ~60% of the CPU time and loads the
   * seed into a fresh database twice as fast. "peak": C1 then C2, as the stock server runs; long heavy
   * reads (the whole responsibility matrix) then cost ~40% less CPU once compiled. The benchmark uses it.
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

const MAIN_CLASS = "dev.compliancegraph.neo4jlocal.Neo4jLocal";
const JAVA_SOURCE = "src/main/java/dev/compliancegraph/neo4jlocal/Neo4jLocal.java";
/** Written after a successful build; newer than pom.xml and the Java source means up to date. */
const STAMP = ".neo4j-local-built";
/** The flags the stock Neo4j 5 launcher passes; start-up can fail on Java 17 without them. */
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];
/**
 * See LocalNeo4jOptions.jit. With C1 alone the JVM reserves 48 MB for compiled code, not the 240 MB
 * of tiered compilation: a test run's Neo4j filled it after ~200 s ("CodeCache is full. Compiler has
 * been disabled"), and from then on new queries' code ran interpreted. A long-lived `npm start` would too.
 */
const JIT_FLAGS = {
  "fast-start": ["-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m"],
  peak: [] as string[],
} as const;
const STOP_GRACE_MS = 20_000;
const TAIL_LINES = 20;

/** tools/neo4j-local, found by walking up from this file (src/local-neo4j/ under ts, dist/src/local-neo4j/ compiled). */
function launcherDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, "tools", "neo4j-local");
    if (existsSync(join(candidate, "pom.xml"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`tools/neo4j-local/pom.xml not found in any folder above ${__dirname}`);
    dir = parent;
  }
}

async function mtimeMs(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why a (re)build is needed, or undefined when target/ is current. */
async function staleReason(dir: string): Promise<string | undefined> {
  const stamp = await mtimeMs(join(dir, "target", STAMP));
  if (stamp === undefined) return "not built yet";
  const classFile = join(dir, "target", "classes", ...MAIN_CLASS.split(".")) + ".class";
  if (!existsSync(classFile)) return "launcher class missing";
  const jars = await readdir(join(dir, "target", "lib")).catch(() => [] as string[]);
  if (!jars.some((name) => /^neo4j-\d.*\.jar$/.test(name))) return "Neo4j jars missing";
  const pom = (await mtimeMs(join(dir, "pom.xml"))) ?? Infinity;
  if (pom > stamp) return "pom.xml changed";
  const source = (await mtimeMs(join(dir, JAVA_SOURCE))) ?? 0;
  if (source > stamp) return "Neo4jLocal.java changed";
  return undefined;
}

let buildInProcess: Promise<void> | undefined;

/** Builds tools/neo4j-local (mvn package) unless target/ is already up to date. */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<void> {
  const dir = launcherDir();
  if ((await staleReason(dir)) === undefined) return;
  // One build per process, and a lock folder against parallel processes (jest workers, npm start).
  buildInProcess ??= withBuildLock(dir, async () => {
    const reason = await staleReason(dir); // another process may have built it meanwhile
    if (reason === undefined) return;
    if (reason === "pom.xml changed") {
      // copy-dependencies never deletes: jars of an older Neo4j would stay on the classpath.
      await rm(join(dir, "target", "lib"), { recursive: true, force: true });
    }
    for (const file of archiveFiles(join(dir, "target"))) await rm(file, { force: true });
    await runMaven(dir, reason, log);
    await writeFile(join(dir, "target", STAMP), `${new Date().toISOString()}\n`);
  }).finally(() => {
    buildInProcess = undefined;
  });
  return buildInProcess;
}

async function withBuildLock(dir: string, build: () => Promise<void>): Promise<void> {
  const lock = join(dir, "target", ".build-lock");
  await mkdir(join(dir, "target"), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      await mkdir(lock); // atomic: exactly one process succeeds
      await writeFile(join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await lockIsStale(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for another build of tools/neo4j-local (lock ${lock})`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    await build();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function lockIsStale(lock: string): Promise<boolean> {
  const created = await mtimeMs(lock);
  if (created === undefined) return false; // just released: retry mkdir
  const pid = Number.parseInt(await readFile(join(lock, "pid"), "utf8").catch(() => ""), 10);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      return false; // owner alive
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ESRCH";
    }
  }
  return Date.now() - created > 60_000; // no pid written after a minute: owner died while locking
}

function runMaven(dir: string, reason: string, log: (line: string) => void): Promise<void> {
  const pomArg = join(dir, "pom.xml");
  const args = ["-B", "-Dstyle.color=never", "-f", pomArg, "package"];
  log(`Building the Neo4j launcher (${reason}): mvn ${args.join(" ")}`);
  const started = Date.now();
  return new Promise((resolveBuild, reject) => {
    const mvn = spawn("mvn", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    let downloads = 0;
    let downloadedKb = 0;
    let announced = false;
    let reported = 0;
    const onLine = (raw: string): void => {
      // eslint-disable-next-line no-control-regex
      const line = raw.replace(/\u001b\[[0-9;]*m/g, "").trimEnd();
      if (line === "") return;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (!announced && line.includes("Downloading from")) {
        announced = true;
        log("Downloading Neo4j jars from Maven Central (first run only, ~120-160 MB)...");
      }
      const done = /Downloaded from .*\(([\d.]+) (B|kB|MB|GB) at/.exec(line);
      if (done) {
        downloads += 1;
        const unit = { B: 1 / 1000, kB: 1, MB: 1000, GB: 1_000_000 }[done[2] as "B" | "kB" | "MB" | "GB"];
        downloadedKb += Number(done[1]) * unit;
      }
    };
    const progress = setInterval(() => {
      if (downloads > reported) {
        reported = downloads;
        log(`... ${downloads} files downloaded (${(downloadedKb / 1000).toFixed(0)} MB)`);
      }
    }, 5_000);
    createInterface({ input: mvn.stdout }).on("line", onLine);
    createInterface({ input: mvn.stderr }).on("line", onLine);
    mvn.on("error", (error: NodeJS.ErrnoException) => {
      clearInterval(progress);
      reject(
        new Error(
          error.code === "ENOENT"
            ? "Maven (mvn) is not on PATH: it is needed once to build tools/neo4j-local (Neo4j from Maven Central)"
            : `Could not run mvn to build tools/neo4j-local: ${error.message}`,
        ),
      );
    });
    mvn.on("close", (code, signal) => {
      clearInterval(progress);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      if (code === 0) {
        const fetched =
          downloads > 0 ? `, ${downloads} files / ${(downloadedKb / 1000).toFixed(0)} MB downloaded` : "";
        log(`Neo4j launcher built in ${seconds} s${fetched}`);
        resolveBuild();
      } else {
        const how = signal ? `killed by ${signal}` : `exit code ${code}`;
        reject(
          new Error(
            `mvn package of tools/neo4j-local failed (${how}) after ${seconds} s; last output:\n${tail.join("\n")}`,
          ),
        );
      }
    });
  });
}

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
