// GraphiQL in a real (Debian) Chromium: the page renders from the project's own
// bundle, runs an example operation, and makes no request off this machine.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { EXAMPLE_OPERATIONS } from "../../src/http/examples.js";
import { graphiqlRouter } from "../../src/http/routes/graphiql.js";
import { seedTestGraph } from "../support/graph.js";
import { startTestServer } from "../support/server.js";

// ---------------------------------------------------------------------------------
// Server under test. Swap this one function for the real API server (real seeded
// Neo4j): it must serve GraphiQL at `${url}/graphiql`, say how many examples it
// preloads, and which example tab to run (its title: the operation name) with a piece
// of text the response must contain.
interface ServerUnderTest {
  url: string;
  exampleCount: number;
  example: { tabTitle: string; expectInResponse: string };
  close(): Promise<void>;
}

/** The real API (schema, services, GraphiQL with its example operations) on the seeded real Neo4j. */
async function startServer(): Promise<ServerUnderTest> {
  await seedTestGraph();
  const server = await startTestServer();
  return {
    url: server.url,
    exampleCount: EXAMPLE_OPERATIONS.length,
    // The template answer for 164.308(a)(4)(ii)(C), spelled compactly: inherited, owned by Luma.
    example: { tabTitle: "AnySpellingOfARule", expectInResponse: '"citation": "164.308(a)(4)(ii)(C)"' },
    close: () => server.close(),
  };
}
// ---------------------------------------------------------------------------------

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOT = "/tmp/graphiql.png";
const ROOT = path.resolve(__dirname, "..", "..");

jest.setTimeout(90_000);

/** data:, blob: and about: URLs never leave the page; http(s)/ws(s) must stay on loopback. */
function isLocal(url: string): boolean {
  const u = new URL(url);
  if (["data:", "blob:", "about:"].includes(u.protocol)) return true;
  return ["127.0.0.1", "[::1]", "localhost"].includes(u.hostname);
}

describe("GraphiQL (offline bundle)", () => {
  let server: ServerUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Cheap when the bundle is up to date (the build skips itself).
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-graphiql.mjs")], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Context-wide, so requests from Monaco's workers are recorded too.
    context.on("request", (r) => requested.push(r.url()));
    context.on("weberror", (e) => pageErrors.push(String(e.error())));
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders, runs an example tab and talks only to the local server", async () => {
    const started = Date.now();
    const response = await page.goto(`${server.url}/graphiql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");

    // First render: the operation editor shows the default tab's text.
    await page.locator(".graphiql-query-editor .view-lines").filter({ hasText: "Welcome" }).waitFor();
    const firstRenderMs = Date.now() - started;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        domContentLoaded: Math.round(n.domContentLoadedEventEnd),
        editorShown: Math.round(performance.now()),
      };
    });
    console.log(
      `graphiql first render: ${firstRenderMs} ms from goto (in-page: DOMContentLoaded ${nav.domContentLoaded} ms, editor ${nav.editorShown} ms)`,
    );

    // Each example is its own tab, after the default one.
    const tabs = page.locator(".graphiql-tab");
    expect(await tabs.count()).toBe(server.exampleCount + 1);
    expect(await tabs.allInnerTexts()).not.toContain("<untitled>");
    const tab = tabs.filter({ has: page.getByText(server.example.tabTitle, { exact: true }) });
    expect(await tab.count()).toBe(1);
    await tab.locator(".graphiql-tab-button").click();
    await page
      .locator(".graphiql-query-editor .view-lines")
      .filter({ hasText: server.example.tabTitle })
      .waitFor();

    // Run it with Ctrl+Enter (Escape first, so no autocomplete popup is in the way).
    await page.locator(".graphiql-query-editor .monaco-editor").click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Enter");

    const responsePane = page.locator(".graphiql-response .view-lines");
    await responsePane.filter({ hasText: '"data"' }).waitFor();
    const text = (await responsePane.innerText()).replace(/\u00a0/g, " ").replace(/\s+/g, " ");
    expect(text).toContain(server.example.expectInResponse);

    await page.screenshot({ path: SCREENSHOT });

    // Every Monaco worker started from our own bundle, not a CDN or a blob: fallback.
    for (const worker of ["editor.worker.js", "graphql.worker.js"]) {
      expect(requested.some((u) => u.endsWith(`/graphiql/assets/${worker}`))).toBe(true);
    }
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("sends a strict CSP", async () => {
    const csp = (await fetch(`${server.url}/graphiql`)).headers.get("content-security-policy") ?? "";
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
  });
});

// Self-contained (not the server under test): injection escaping and the 503 hint.
describe("graphiqlRouter page", () => {
  async function serve(router: express.Router): Promise<{ url: string; close(): Promise<void> }> {
    const server = express().use(router).listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((r) => server.close(() => r())),
    };
  }

  it("injects the examples as inert JSON, even when they contain </script>", async () => {
    const nasty = {
      name: "Evil </script><script>alert(1)</script>",
      query: "# <!-- </SCRIPT> \u2028 \u2029 & done\n{ __typename }",
      variables: { s: "</script>" },
    };
    const s = await serve(graphiqlRouter({ graphqlPath: "/graphql", examples: [nasty] }));
    try {
      const html = await (await fetch(`${s.url}/graphiql`)).text();
      expect(html.match(/<\/script>/gi)).toHaveLength(2); // the config block and index.js, nothing injected
      const json = /<script id="graphiql-config" type="application\/json">([^<]*)<\/script>/.exec(html)?.[1];
      expect(JSON.parse(json ?? "null").examples).toEqual([nasty]);
    } finally {
      await s.close();
    }
  });

  it("answers 503 with the build command when the bundle is missing", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "graphiql-missing-"));
    const s = await serve(graphiqlRouter({ graphqlPath: "/graphql", examples: [], bundleDir: empty }));
    try {
      for (const p of ["/graphiql", "/graphiql/assets/index.js"]) {
        const res = await fetch(`${s.url}${p}`);
        expect(res.status).toBe(503);
        expect(await res.text()).toBe("GraphiQL bundle not built: run `node scripts/build-graphiql.mjs`\n");
      }
    } finally {
      await s.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
