// Serves GraphiQL 5 from the bundle that scripts/build-graphiql.mjs writes into
// public/graphiql/ (the project's own npm dependencies; nothing from a CDN).
//
//   GET /graphiql                the page, with the example operations injected as JSON
//   GET /graphiql/assets/<file>  index.js, index.css, Monaco's three workers, codicon.ttf
//
// Paths are relative to where the router is mounted.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express from "express";
import type { Express, Request, Response, NextFunction, Router } from "express";
import { projectRoot } from "../../paths.js";
import { EXAMPLE_OPERATIONS } from "../examples.js";

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphiqlRouterOptions {
  examples: ExampleOperation[];
  /** Where the page's fetcher POSTs to: a path on this origin ("/graphql") or an absolute URL. */
  graphqlPath: string;
  /** Directory holding the built bundle; defaults to <project root>/public/graphiql. */
  bundleDir?: string;
}

const BUILD_HINT = "GraphiQL bundle not built: run `node scripts/build-graphiql.mjs`\n";
/** A file the build writes last; its presence means the bundle is complete. */
const BUNDLE_MARKER = ".stamp.json";

/**
 * Only 'self', except:
 * - style-src 'unsafe-inline': Monaco creates <style> elements at run time (its theme,
 *   decorations, hover widgets; monaco-editor 0.52 has no nonce hook for them), so
 *   without it the editors render unstyled. Scripts stay strict: no inline script,
 *   no 'unsafe-eval' (neither the page nor the workers need eval).
 * - font-src data:: GraphiQL's CSS inlines its fonts (Roboto, Fira Code, codicon); no font files.
 * - img-src data:: a few inline SVG icons in the CSS.
 * - worker-src 'self': the workers are same-origin files, so Monaco needs no blob: URL.
 */
function contentSecurityPolicy(graphqlPath: string): string {
  const connect = ["'self'"];
  if (/^https?:\/\//i.test(graphqlPath)) connect.push(new URL(graphqlPath).origin);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src data:",
    "img-src 'self' data:",
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * JSON that is safe inside a <script type="application/json"> element: no "</script>",
 * no "<!--", no HTML entity ambiguity, no JS line terminators.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtmlAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function validateExamples(examples: unknown): ExampleOperation[] {
  if (!Array.isArray(examples)) throw new TypeError("graphiqlRouter: examples must be an array");
  const names = new Set<string>();
  return examples.map((ex: unknown, i) => {
    const e = ex as Partial<ExampleOperation> | null;
    if (!e || typeof e.name !== "string" || e.name.trim() === "") {
      throw new TypeError(`graphiqlRouter: examples[${i}].name must be a non-empty string`);
    }
    if (typeof e.query !== "string" || e.query.trim() === "") {
      throw new TypeError(`graphiqlRouter: examples[${i}].query must be a non-empty string`);
    }
    if (
      e.variables !== undefined &&
      (typeof e.variables !== "object" || e.variables === null || Array.isArray(e.variables))
    ) {
      throw new TypeError(`graphiqlRouter: examples[${i}].variables must be an object`);
    }
    if (names.has(e.name))
      throw new TypeError(`graphiqlRouter: duplicate example name ${JSON.stringify(e.name)}`);
    names.add(e.name);
    return e.variables === undefined
      ? { name: e.name, query: e.query }
      : { name: e.name, query: e.query, variables: e.variables };
  });
}

function renderPage(config: Record<string, unknown>, assetsPath: string): string {
  const assets = escapeHtmlAttribute(assetsPath);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>compliance-graph · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets}index.css">
<script id="graphiql-config" type="application/json">${jsonForScriptElement(config)}</script>
<script defer src="${assets}index.js"></script>
</head>
<body>
<div id="graphiql"></div>
<noscript>GraphiQL needs JavaScript.</noscript>
</body>
</html>
`;
}

/** GraphiQL at /graphiql, opening with the API's example operations. */
export function mountGraphiql(app: Express): void {
  app.use(graphiqlRouter({ examples: EXAMPLE_OPERATIONS, graphqlPath: "/graphql" }));
}

export function graphiqlRouter(opts: GraphiqlRouterOptions): Router {
  const examples = validateExamples(opts.examples);
  if (typeof opts.graphqlPath !== "string" || opts.graphqlPath === "") {
    throw new TypeError("graphiqlRouter: graphqlPath must be a non-empty string");
  }
  const graphqlPath = opts.graphqlPath;
  const bundleDir = path.resolve(opts.bundleDir ?? path.join(projectRoot, "public", "graphiql"));
  const csp = contentSecurityPolicy(graphqlPath);
  // A new namespace whenever the examples change: GraphiQL only opens its defaultTabs
  // when it has no tab state stored for the namespace.
  const storageNamespace = `compliance-graph:${createHash("sha256")
    .update(JSON.stringify(examples))
    .digest("hex")
    .slice(0, 12)}`;

  let bundleSeen = false;
  const bundleReady = (): boolean => {
    if (!bundleSeen) bundleSeen = fs.existsSync(path.join(bundleDir, BUNDLE_MARKER));
    return bundleSeen;
  };

  const pages = new Map<string, string>(); // by mount path (req.baseUrl)
  const router = express.Router();

  router.use("/graphiql", (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    if (!bundleReady()) {
      res.setHeader("Cache-Control", "no-store");
      res.status(503).type("text/plain; charset=utf-8").send(BUILD_HINT);
      return;
    }
    next();
  });

  router.get("/graphiql", (req: Request, res: Response) => {
    const base = req.baseUrl;
    let page = pages.get(base);
    if (page === undefined) {
      const assetsPath = `${base}/graphiql/assets/`;
      page = renderPage({ graphqlPath, assetsPath, storageNamespace, examples }, assetsPath);
      pages.set(base, page);
    }
    res.setHeader("Cache-Control", "no-store");
    res.type("html").send(page);
  });

  // Stable file names (no content hash), so browsers must revalidate (ETag) every time.
  router.use(
    "/graphiql/assets",
    express.static(bundleDir, {
      index: false,
      dotfiles: "ignore",
      redirect: false,
      setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
    }),
  );
  router.use("/graphiql/assets", (_req: Request, res: Response) => {
    res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
  });

  return router;
}
