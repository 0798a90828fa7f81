// Completes package-lock.json with the optional, platform-specific packages of our dependencies
// (@swc/core-darwin-arm64, @esbuild/win32-x64, ...) when the registry this machine reaches serves only
// its own platform's builds: npm then writes a lock without them, and `npm ci` rejects that lock as
// "Missing: ... from lock file". Each entry gets the version its parent asks for and the os/cpu its
// name says, so npm skips it on other platforms without fetching it, as it would with a full lock.
// Run after `npm install` changes the lock: node scripts/lock-optional-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

const OS = [
  "darwin",
  "linux",
  "win32",
  "android",
  "freebsd",
  "openbsd",
  "netbsd",
  "sunos",
  "aix",
  "openharmony",
];
const CPU = {
  arm64: "arm64",
  x64: "x64",
  ia32: "ia32",
  arm: "arm",
  ppc64: "ppc64",
  s390x: "s390x",
  loong64: "loong64",
  riscv64: "riscv64",
  mips64el: "mips64el",
  wasm32: "wasm32",
};

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts
    .map((p) => (p === "arm64" || p === "aarch64" ? "arm64" : p === "x86_64" ? "x64" : p))
    .find((p) => p in CPU);
  const libc =
    parts.includes("musl") || parts.includes("musleabihf")
      ? ["musl"]
      : parts.includes("gnu") || parts.includes("gnueabihf")
        ? ["glibc"]
        : undefined;
  return { os: os ? [os] : undefined, cpu: cpu ? [CPU[cpu]] : undefined, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `${path ? `${path}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[where] || packages[hoisted]) continue;
    const version = String(range).replace(/^[\^~=]/, "");
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    packages[hoisted] = {
      version,
      optional: true,
      ...(os && { os }),
      ...(cpu && { cpu }),
      ...(libc && { libc }),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform packages recorded`);
