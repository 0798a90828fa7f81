// GraphiQL 5 page, bundled by scripts/build-graphiql.mjs into public/graphiql/
// and served by src/http/routes/graphiql.ts. Everything it needs comes from this bundle:
// no CDN, no web fonts from the network (GraphiQL's CSS inlines its fonts).
import "graphiql/style.css";
import "./page.css";

import { createGraphiQLFetcher, createLocalStorage } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { Kind, parse } from "graphql";
import type { OperationDefinitionNode } from "graphql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

/** Shape of the JSON the server writes into <script id="graphiql-config" type="application/json">. */
interface PageConfig {
  graphqlPath: string;
  assetsPath: string; // ends with "/"
  storageNamespace: string;
  examples: { name: string; query: string; variables?: Record<string, unknown> }[];
}

function readConfig(): PageConfig {
  const el = document.getElementById("graphiql-config");
  if (!el?.textContent) throw new Error("graphiql-config is missing from the page");
  return JSON.parse(el.textContent) as PageConfig;
}

const config = readConfig();

// Monaco's three web workers are separate bundles next to this one (same origin, so
// no blob: wrapper is needed). Classic (IIFE) workers: `new Worker(url)` without type.
const WORKERS: Record<string, string> = {
  json: "json.worker.js",
  graphql: "graphql.worker.js",
};
(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file = WORKERS[label] ?? "editor.worker.js";
    return new Worker(config.assetsPath + file, { name: `monaco-${label}` });
  },
};

const DEFAULT_QUERY = `# compliance-graph GraphiQL
#
# The other tabs hold example operations: open one and press Ctrl+Enter
# (Cmd+Enter on macOS) or the run button to execute it.
# Ctrl+Space autocompletes; the book icon on the left opens the schema docs.

query Welcome {
  __typename
}
`;

/** "Owners by requirement" -> "OwnersByRequirement" (a valid GraphQL name, or null). */
function toOperationName(name: string): string | null {
  const ident = name
    .replace(/[^0-9A-Za-z_]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))
    .replace(/^./, (c) => c.toUpperCase());
  return /^[_A-Za-z][_0-9A-Za-z]*$/.test(ident) ? ident : null;
}

/**
 * GraphiQL titles a tab with the operation name. A document with one anonymous
 * operation gets the example's name spliced in (by source position, so comments and
 * layout are kept); the human-readable name is kept as a leading comment when it
 * differs from the operation name shown.
 */
function exampleTab(ex: PageConfig["examples"][number]) {
  let query = ex.query;
  let title: string | null = null;
  try {
    const ops = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const only = ops.length === 1 ? ops[0] : undefined;
    if (only?.name) title = only.name.value;
    else if (only?.loc) {
      title = toOperationName(ex.name);
      if (title) {
        const at = only.loc.start;
        query = query.startsWith("{", at)
          ? `${query.slice(0, at)}query ${title} ${query.slice(at)}`
          : `${query.slice(0, at + only.operation.length)} ${title}${query.slice(at + only.operation.length)}`;
      }
    }
  } catch {
    // Not parseable: show it as given; GraphiQL will mark the syntax error.
  }
  if (title !== ex.name) query = `# ${ex.name.replace(/[\r\n]+/g, " ")}\n${query}`;
  return { query, variables: ex.variables ? JSON.stringify(ex.variables, null, 2) : null };
}

const defaultTabs = [{ query: DEFAULT_QUERY }, ...config.examples.map(exampleTab)];

const fetcher = createGraphiQLFetcher({ url: config.graphqlPath });
// Namespaced per set of examples: GraphiQL only uses defaultTabs when it has no
// stored tabs, so a changed example list gets a fresh namespace and is shown.
const storage = createLocalStorage({ namespace: config.storageNamespace });

const root = document.getElementById("graphiql");
if (!root) throw new Error("#graphiql is missing from the page");
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} storage={storage} />
  </StrictMode>,
);
