// tools/neo4j-local, the Java launcher that embeds Neo4j: where it is, and building it with Maven
// (jars from Maven Central) when pom.xml or Neo4jLocal.java changed, once at a time across processes.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { archiveFiles } from "./class-archive.js";

export const MAIN_CLASS = "dev.compliancegraph.neo4jlocal.Neo4jLocal";
const JAVA_SOURCE = "src/main/java/dev/compliancegraph/neo4jlocal/Neo4jLocal.java";
/** Written after a successful build; newer than pom.xml and the Java source means up to date. */
const STAMP = ".neo4j-local-built";
/** Lines of Maven output kept to explain a failed build. */
const TAIL_LINES = 20;

/** tools/neo4j-local, found by walking up from this file (in src/ under ts, in dist/src/ compiled). */
export function launcherDir(): string {
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

export async function withBuildLock(dir: string, build: () => Promise<void>): Promise<void> {
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
