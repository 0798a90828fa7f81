// Cypher lives in cypher/**/*.cypher, one statement per file (constraints.cypher may hold several,
// separated by semicolons). Files are read once; every query is named by its path without extension
// ("requirement/find-by-citation"), and is checked for missing parameters before it runs.
// cypher/fragments/ holds expressions that several statements share (the scope of a requirement, its
// controls): a statement names one as INCLUDE(name), replaced by the fragment's text when it is read,
// so one reading of the graph serves every view that needs it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { projectRoot } from "../paths.js";

export interface CypherQuery {
  readonly name: string;
  readonly text: string;
  readonly params: readonly string[];
}

const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const INCLUDE = /INCLUDE\(([A-Za-z0-9_/-]+)\)/g;
const FRAGMENTS = "fragments/";

/** Drops `//` comment lines so that header comments naming `$params` are not taken as parameters. */
function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}

export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export class CypherCatalog {
  private readonly queries = new Map<string, CypherQuery>();

  constructor(readonly dir: string = join(projectRoot, "cypher")) {
    const texts = new Map<string, string>();
    for (const file of walk(dir)) {
      const name = relative(dir, file)
        .split(sep)
        .join("/")
        .replace(/\.cypher$/, "");
      texts.set(name, stripComments(readFileSync(file, "utf8")).replace(/;\s*$/, ""));
    }
    const expand = (name: string, text: string, seen: string[]): string =>
      text.replace(INCLUDE, (_, fragment: string) => {
        const body = texts.get(`${FRAGMENTS}${fragment}`);
        if (body === undefined)
          throw new Error(`cypher/${name}.cypher includes an unknown fragment "${fragment}"`);
        if (seen.includes(fragment))
          throw new Error(`cypher/${name}.cypher includes "${fragment}" within itself`);
        return expand(name, body, [...seen, fragment]);
      });
    for (const [name, raw] of texts) {
      if (name.startsWith(FRAGMENTS)) continue;
      const text = expand(name, raw, []);
      const params = [...new Set([...text.matchAll(PARAM)].map((m) => m[1] as string))];
      this.queries.set(name, { name, text, params });
    }
  }

  get(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`No Cypher file cypher/${name}.cypher`);
    return query;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }

  /** Throws when a parameter the query uses was not supplied: a programming error, caught by tests. */
  check(query: CypherQuery, params: Record<string, unknown>): void {
    const missing = query.params.filter((p) => !(p in params));
    if (missing.length > 0)
      throw new Error(`Cypher ${query.name} is missing parameters: ${missing.join(", ")}`);
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith(".cypher")) yield path;
  }
}
