#!/usr/bin/env node
// Compiles the API (src/, scripts/) into dist/ with tsc, unless dist/ was built from exactly the
// sources there are now: a build with nothing to do still costs tsc seconds (it parses and binds every
// file, dependencies' typings included, before it knows), which every `npm start` would pay.
//
//   node scripts/build.mjs           build if the sources changed since the last build
//   node scripts/build.mjs --force   always build
//
// "The sources" are the content (not the modification times) of every file tsc reads from the
// project, the tsconfig files and package-lock.json (other dependency versions change the emitted
// decorator metadata). Their hash is written to dist/.build-stamp after a successful build.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = path.join(root, "dist", ".build-stamp");
const SOURCE_DIRS = ["src", "scripts"];
const SOURCE_FILES = ["tsconfig.json", "tsconfig.build.json", "package-lock.json"];
/** What `npm start` runs: a build that lost it is not a build. */
const ENTRY = path.join(root, "dist", "src", "index.js");

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (entry.isFile()) yield p;
  }
}

/** One hash over the paths and contents of every input, in a stable order. */
export function sourceHash() {
  const hash = createHash("sha256");
  const inputs = [
    ...SOURCE_DIRS.flatMap((dir) => [...files(path.join(root, dir))]),
    ...SOURCE_FILES.map((f) => path.join(root, f)),
  ].sort();
  for (const file of inputs) {
    hash.update(path.relative(root, file).split(path.sep).join("/"));
    hash.update("\0");
    hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Builds when needed; returns true if tsc ran. Exits the process with tsc's code when it fails. */
export function buildIfStale({ force = false } = {}) {
  const hash = sourceHash();
  const current = !force && fs.existsSync(ENTRY) && readStamp() === hash;
  if (current) return false;
  const tsc = createRequire(path.join(root, "package.json")).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, `${hash}\n`);
  return true;
}

function readStamp() {
  try {
    return fs.readFileSync(stampFile, "utf8").trim();
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildIfStale({ force: process.argv.includes("--force") });
}
