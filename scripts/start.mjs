#!/usr/bin/env node
// `npm start`: brings dist/ and the GraphiQL bundle up to date (each only if its sources changed; the
// two builds run side by side), then runs the API in this same process, so that Ctrl-C reaches it
// directly and no second Node starts.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildIfStale } from "./build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const graphiql = spawn(process.execPath, [path.join(root, "scripts", "build-graphiql.mjs")], {
  stdio: "inherit",
});
const graphiqlBuilt = new Promise((resolve) => {
  graphiql.on("error", () => resolve(1));
  graphiql.on("close", (code) => resolve(code ?? 1));
});
buildIfStale();
const code = await graphiqlBuilt;
if (code !== 0) process.exit(code);

await import(pathToFileURL(path.join(root, "dist", "src", "index.js")).href);
