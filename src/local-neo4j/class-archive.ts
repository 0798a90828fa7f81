// Class-data sharing (CDS) for the local Neo4j: an archive of the classes Neo4j loads while it starts,
// plans and runs its first queries, mapped into memory by later JVMs instead of being read from some
// 200 jars and verified again, so that Neo4j is ready sooner and the first seed load runs faster.
//
// The archive is made once after each build of tools/neo4j-local, by a throwaway JVM that starts on
// an empty folder, runs a few statements of each kind, and exits normally (a dynamic archive is only
// written on a normal exit: -XX:ArchiveClassesAtExit). CDS needs a classpath of jars only, so the
// launcher class is put into a jar first. Anything that goes wrong (no `jar` tool, a JVM that cannot
// dump) is logged once, remembered, and Neo4j simply starts without the archive; a JVM that cannot use
// an existing archive (another JDK) says so, and the archive is dropped to be made again.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";
import { CypherCatalog } from "../db/cypher.js";
import { Database } from "../db/database.js";
import { findFreePort } from "./free-port.js";

const LAUNCHER_JAR = "neo4j-local.jar";
const ARCHIVE = "neo4j-local.jsa";
/** Written when making the archive failed: no retry until the next build of the launcher. */
const FAILED = ".neo4j-local-cds-failed";
/** Silences the thousands of "skipping class" notes a dump prints. */
const QUIET_DUMP = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"];

export interface Launch {
  classpath: string;
  /** JVM flags mapping the archive in; empty when there is none. */
  flags: string[];
  /** Call with each line the JVM prints: drops an archive the JVM says it cannot use. */
  watch(line: string): void;
}

export interface ArchiveOptions {
  /** tools/neo4j-local */
  dir: string;
  java: string;
  jvmFlags: readonly string[];
  mainClass: string;
  /** Runs `work` under the launcher's build lock (one process at a time). */
  locked: (work: () => Promise<void>) => Promise<void>;
  log: (line: string) => void;
}

/** Files a new build must not inherit: the launcher jar and archive belong to the old classes. */
export function archiveFiles(target: string): string[] {
  return [LAUNCHER_JAR, ARCHIVE, FAILED].map((name) => join(target, name));
}

let making: Promise<void> | undefined;

/** The classpath and flags to start Neo4j with, making the archive first if there is none yet. */
export async function prepareLaunch(options: ArchiveOptions): Promise<Launch> {
  const target = join(options.dir, "target");
  const archive = join(target, ARCHIVE);
  const lib = join(target, "lib", "*");
  const plain: Launch = {
    classpath: [join(target, "classes"), lib].join(delimiter),
    flags: [],
    watch: () => undefined,
  };
  if (!existsSync(archive) && !existsSync(join(target, FAILED))) {
    making ??= options
      .locked(async () => {
        if (existsSync(archive) || existsSync(join(target, FAILED))) return; // made meanwhile
        try {
          await makeArchive(options, archive);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          options.log(`No class-data sharing archive (${reason}); Neo4j starts without one`);
          await writeFile(join(target, FAILED), `${new Date().toISOString()} ${reason}\n`);
        }
      })
      .finally(() => {
        making = undefined;
      });
    await making;
  }
  if (!existsSync(archive) || !existsSync(join(target, LAUNCHER_JAR))) return plain;
  let dropped = false;
  return {
    classpath: [join(target, LAUNCHER_JAR), lib].join(delimiter),
    flags: [`-XX:SharedArchiveFile=${archive}`],
    watch(line) {
      if (dropped || !/\[cds/.test(line) || !/Unable to use shared archive/i.test(line)) return;
      dropped = true;
      options.log(
        "The JVM cannot use the class-data sharing archive: removed, the next start makes a new one",
      );
      void rm(archive, { force: true });
    },
  };
}

async function makeArchive(options: ArchiveOptions, archive: string): Promise<void> {
  const { dir, log } = options;
  const target = join(dir, "target");
  log(
    "Making a class-data sharing archive of Neo4j's classes (once per build, ~30 s; later starts are faster)",
  );
  const started = Date.now();
  const jar = join(target, LAUNCHER_JAR);
  const jarTmp = `${jar}.${process.pid}.tmp`;
  await run(jarTool(options.java), ["--create", "--file", jarTmp, "-C", join(target, "classes"), "."]);
  await rename(jarTmp, jar);

  const data = await mkdtemp(join(tmpdir(), "neo4j-local-cds-"));
  const dump = `${archive}.${process.pid}.tmp`;
  try {
    const port = await findFreePort();
    const child = spawn(
      options.java,
      [
        "-Xmx512m",
        ...options.jvmFlags,
        `-XX:ArchiveClassesAtExit=${dump}`,
        ...QUIET_DUMP,
        "-cp",
        [jar, join(target, "lib", "*")].join(delimiter),
        options.mainClass,
        "--data",
        data,
        "--port",
        String(port),
      ],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    const exited = new Promise<number | null>((resolve) => {
      child.on("error", () => resolve(null));
      child.on("close", (code) => resolve(code));
    });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("the training JVM was not ready within 120 s")),
        120_000,
      );
      createInterface({ input: child.stdout }).on("line", (line) => {
        if (line.startsWith("NEO4J_READY")) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the training JVM exited with code ${code}`));
      });
    });
    child.stderr.resume();
    try {
      await ready;
      await train(`bolt://127.0.0.1:${port}`, dir);
    } finally {
      child.stdin.end(); // the launcher's System.exit(0): the archive is written on the way out
    }
    const killer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    const code = await exited;
    clearTimeout(killer);
    const size = (await stat(dump).catch(() => undefined))?.size ?? 0;
    if (code !== 0 || size === 0) throw new Error(`the training JVM exited with code ${code} and no archive`);
    await rename(dump, archive);
    log(`Class-data sharing archive made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await rm(data, { recursive: true, force: true });
    await rm(dump, { force: true });
  }
}

/**
 * A few statements of each kind the API sends (schema, UNWIND MERGE writes, reads, full-text), through
 * the same Database boundary the API uses, so that the driver's server-side counterparts are archived
 * too. The statements are in tools/neo4j-local/training/.
 */
async function train(uri: string, dir: string): Promise<void> {
  const db = new Database(
    { uri, user: "neo4j", password: undefined, database: "neo4j", txTimeoutMs: 120_000 },
    new CypherCatalog(join(dir, "training")),
  );
  try {
    await db.runScript("schema");
    const rows = Array.from({ length: 50 }, (_, i) => ({
      uid: `t${i}`,
      props: { kind: i % 2 ? "odd" : "even", title: `alpha ${i}`, tags: ["a", "b"], n: i },
    }));
    const links = rows.slice(1).map((r, i) => ({ from: r.uid, to: `t${i}`, props: { at: [r.uid] } }));
    await db.writeTransaction(async (tx) => {
      await tx.run("merge-nodes", { rows });
      await tx.run("merge-links", { rows: links });
    });
    await db.read("walk", { kind: "odd" });
    await db.read("search");
  } finally {
    await db.close();
  }
}

function jarTool(java: string): string {
  const sibling = join(java, "..", "jar");
  return java.includes("/") && existsSync(sibling) ? sibling : "jar";
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`could not run ${command}: ${error.message}`)));
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (${code}): ${stderr.trim().slice(0, 200)}`)),
    );
  });
}
