#!/usr/bin/env node
// Bundles the GraphiQL page (tools/graphiql/client) and Monaco's three web workers
// with esbuild into public/graphiql/, from the project's own npm dependencies only.
//
//   node scripts/build-graphiql.mjs          build if stale, silent otherwise
//   node scripts/build-graphiql.mjs --force  always build
//
// Output (stable names, no content hash; served by src/http/routes/graphiql.ts):
//   index.js index.css editor.worker.js json.worker.js graphql.worker.js .stamp.json
// The build is skipped when .stamp.json is newer than every client source and this
// script, and records the same package versions as installed now.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const clientDir = path.join(root, "tools", "graphiql", "client");
const outDir = path.join(root, "public", "graphiql");
const stampFile = path.join(outDir, ".stamp.json");
const OUTPUTS = ["index.js", "index.css", "editor.worker.js", "json.worker.js", "graphql.worker.js"];

const require = createRequire(path.join(root, "package.json"));

/** Version of an installed package, read from its package.json (Node's lookup order). */
function versionOf(name) {
  // Not require.resolve(name): some packages (monaco-editor) have no main entry,
  // and not every package exports ./package.json.
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = path.join(dir, name, "package.json");
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")).version;
  }
  throw new Error(`${name} is not installed: run npm ci`);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isUpToDate(versions) {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"));
    if (JSON.stringify(stamp.versions) !== JSON.stringify(versions)) return false;
    if (!OUTPUTS.every((f) => fs.existsSync(path.join(outDir, f)))) return false;
    const sources = Math.max(newestMtime(clientDir), fs.statSync(fileURLToPath(import.meta.url)).mtimeMs);
    return fs.statSync(stampFile).mtimeMs > sources;
  } catch {
    return false;
  }
}

/**
 * Monaco's ESM modules import their own CSS; graphiql/style.css (imported by the
 * client) already contains all of it, flattened, with the codicon font inlined. Drop
 * the duplicates (about 130 KB of CSS and an 80 KB codicon.ttf).
 */
const dropMonacoCss = {
  name: "drop-monaco-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer)
        ? { path: args.path, namespace: "monaco-css-in-graphiql-style" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "monaco-css-in-graphiql-style" }, () => ({
      contents: "",
      loader: "css",
    }));
  },
};

async function main() {
  const versions = Object.fromEntries(
    [
      "graphiql",
      "@graphiql/react",
      "@graphiql/toolkit",
      "monaco-editor",
      "monaco-graphql",
      "react",
      "react-dom",
      "esbuild",
    ].map((name) => [name, versionOf(name)]),
  );
  if (!process.argv.includes("--force") && isUpToDate(versions)) return;

  const started = process.hrtime.bigint();
  const esbuild = await import("esbuild");
  // Build next to the output, then swap, so a running server never sees half a bundle.
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmpDir, { recursive: true, force: true });
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [
        { in: path.join(clientDir, "index.tsx"), out: "index" },
        { in: "monaco-editor/esm/vs/editor/editor.worker.js", out: "editor.worker" },
        { in: "monaco-editor/esm/vs/language/json/json.worker.js", out: "json.worker" },
        { in: "monaco-graphql/esm/graphql.worker.js", out: "graphql.worker" },
      ],
      outdir: tmpDir,
      entryNames: "[name]",
      assetNames: "[name]",
      bundle: true,
      format: "iife", // classic scripts and classic workers; dynamic import()s are inlined
      platform: "browser",
      target: ["es2022"],
      minify: true,
      legalComments: "none",
      sourcemap: false,
      tsconfig: path.join(clientDir, "tsconfig.json"),
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      loader: { ".css": "css", ".ttf": "file", ".woff": "file", ".woff2": "file" },
      plugins: [dropMonacoCss],
      logLevel: "warning",
    });
    for (const f of OUTPUTS) {
      if (!fs.existsSync(path.join(tmpDir, f))) throw new Error(`esbuild did not produce ${f}`);
    }
    fs.writeFileSync(
      path.join(tmpDir, ".stamp.json"),
      `${JSON.stringify({ versions, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(outDir), { recursive: true });
    try {
      fs.renameSync(tmpDir, outDir);
    } catch (err) {
      // A concurrent run (say `npm start` and `npm test`) got there first: fine if its bundle is complete.
      if (isUpToDate(versions)) return;
      throw err;
    }
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = fs.readdirSync(outDir).reduce((n, f) => n + fs.statSync(path.join(outDir, f)).size, 0);
  console.log(
    `graphiql ${versions.graphiql}: built ${path.relative(root, outDir)}/ (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${seconds.toFixed(2)} s`,
  );
}

main().catch((err) => {
  console.error(`build-graphiql: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
