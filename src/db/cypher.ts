// Cypher lives in cypher/**/*.cypher, one statement per file, and in the statements derived from the
// graph's declaration (src/graph/statements.ts: the constraints and indexes, several statements
// separated by semicolons, and the seed's load statements). Files are read once; every query is named
// by its path without extension ("requirement/find-by-citation"), a derived one by the name it is
// registered under, and is checked for missing parameters before it runs.
// cypher/fragments/ holds expressions that several statements share (the scope of a requirement, its
// controls): a statement names one as INCLUDE(name), replaced by the fragment's text when it is read,
// so one reading of the graph serves every view that needs it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { derivedStatements, type DerivedStatement } from "../graph/statements.js";
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

/**
 * The columns a Cypher file's header declares: the names listed after `Columns:` (each name may be
 * followed by a note in parentheses), up to the end of that sentence or a `;`; [] for a statement
 * whose header says it "Returns nothing"; null when the header says neither. Only the leading comment
 * block is the header.
 */
export function headerColumns(source: string): string[] | null {
  const lines = source.split("\n");
  const end = lines.findIndex((line) => !line.trim().startsWith("//"));
  const header = (end < 0 ? lines : lines.slice(0, end))
    .map((line) => line.trim().replace(/^\/\/\s?/, ""))
    .join(" ");
  const at = header.indexOf("Columns:");
  if (at < 0) return /Returns nothing\./.test(header) ? [] : null;
  const items: string[] = [];
  let depth = 0;
  let item = "";
  for (let i = at + "Columns:".length; i < header.length; i++) {
    const c = header[i] as string;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    const endsSentence = c === ";" || (c === "." && /\s/.test(header[i + 1] ?? " "));
    if (depth === 0 && endsSentence) break;
    if (depth === 0 && c === ",") {
      items.push(item);
      item = "";
    } else item += c;
  }
  items.push(item);
  const names: string[] = [];
  for (const text of items.map((x) => x.trim())) {
    // "key (map), or no row": what follows the columns is not one.
    if (text.startsWith("or ")) break;
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)?.[0];
    if (name) names.push(name);
  }
  return names;
}

export class CypherCatalog {
  private readonly queries = new Map<string, CypherQuery>();
  private readonly fragments = new Map<string, string>();

  constructor(
    readonly dir: string = join(projectRoot, "cypher"),
    derived: readonly DerivedStatement[] = derivedStatements(),
  ) {
    const files = [...walk(dir)].map((file) => ({
      name: relative(dir, file)
        .split(sep)
        .join("/")
        .replace(/\.cypher$/, ""),
      source: readFileSync(file, "utf8"),
    }));
    for (const { name, source } of files) {
      if (name.startsWith(FRAGMENTS)) this.fragments.set(name.slice(FRAGMENTS.length), stripComments(source));
    }
    for (const { name, source } of files) if (!name.startsWith(FRAGMENTS)) this.add(name, source);
    for (const { name, text } of derived) {
      // A file left behind for what the declaration now derives would be ignored: refused instead.
      if (this.queries.has(name))
        throw new Error(`cypher/${name}.cypher: this statement is derived from src/graph/model.ts`);
      this.add(name, text);
    }
  }

  private add(name: string, source: string): void {
    const text = this.expand(name, stripComments(source).replace(/;\s*$/, ""), []);
    const params = [...new Set([...text.matchAll(PARAM)].map((m) => m[1] as string))];
    this.queries.set(name, { name, text, params });
  }

  /** Replaces each INCLUDE(fragment) with the fragment's text, fragments within fragments too. */
  private expand(name: string, text: string, seen: readonly string[]): string {
    return text.replace(INCLUDE, (_, fragment: string) => {
      const body = this.fragments.get(fragment);
      if (body === undefined)
        throw new Error(`cypher/${name}.cypher includes an unknown fragment "${fragment}"`);
      if (seen.includes(fragment))
        throw new Error(`cypher/${name}.cypher includes "${fragment}" within itself`);
      return this.expand(name, body, [...seen, fragment]);
    });
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
