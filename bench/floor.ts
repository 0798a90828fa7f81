// The floor: the same Cypher statements an operation's service sent (recorded by the server under
// test), sent through neo4j-driver as Database.read sends them (an auto-commit read, one round trip),
// with no GraphQL, no HTTP and no conversion of the answer. What is left above it in an HTTP measurement is what our API adds.
import neo4j, { type AuthToken, type Driver, type ProfiledPlan } from "neo4j-driver";
import { CypherCatalog } from "../src/db/cypher.js";
import { toParams } from "../src/db/values.js";
import type { BenchNeo4j } from "./neo4j.js";
import type { SentStatement } from "./server.js";
import { closedLoop, type Samples } from "./stats.js";

export class RawCypher {
  private readonly driver: Driver;
  private readonly catalog = new CypherCatalog();

  constructor(private readonly target: BenchNeo4j) {
    const auth: AuthToken =
      target.password === undefined
        ? { scheme: "none", principal: "", credentials: "" }
        : neo4j.auth.basic(target.user, target.password);
    this.driver = neo4j.driver(target.uri, auth, { userAgent: "compliance-graph-bench-floor" });
  }

  /** A function running the statements once, one after the other, resolving with the rows of the last. */
  private runner(statements: readonly SentStatement[]): () => Promise<number> {
    const prepared = statements.map(({ name, params }) => {
      const query = this.catalog.get(name);
      this.catalog.check(query, params);
      // Converted once: not part of what is measured.
      return { text: query.text, params: toParams(params) as Record<string, unknown> };
    });
    return async () => {
      let rows = 0;
      for (const { text, params } of prepared) {
        const session = this.driver.session({ database: this.target.database, defaultAccessMode: "READ" });
        try {
          rows = (await session.run(text, params)).records.length;
        } finally {
          await session.close();
        }
      }
      return rows;
    };
  }

  async measure(
    statements: readonly SentStatement[],
    load: { concurrency: number; amount: number; warmup: number },
  ): Promise<Samples> {
    if (statements.length === 0) throw new Error("no statement to measure a floor with");
    return closedLoop(this.runner(statements), load);
  }

  /**
   * The statement under PROFILE: database hits are exact and do not depend on the machine's load, so
   * they show whether a query's work grows with the graph when latencies are too noisy to tell.
   */
  async profile(statements: readonly SentStatement[]): Promise<Profile> {
    const operators: ProfiledPlan[] = [];
    for (const { name, params } of statements) {
      const session = this.driver.session({ database: this.target.database });
      try {
        const result = await session.executeRead((tx) =>
          tx.run(`PROFILE ${this.catalog.get(name).text}`, toParams(params) as Record<string, unknown>),
        );
        if (!result.summary.profile) throw new Error(`no profile for ${name}`);
        operators.push(...flatten(result.summary.profile));
      } finally {
        await session.close();
      }
    }
    operators.sort((a, b) => b.dbHits - a.dbHits);
    const top = operators[0];
    return {
      dbHits: operators.reduce((n, o) => n + o.dbHits, 0),
      hottest: top ? `${top.operatorType.replace(/@.*$/, "")} ${details(top)} (${top.dbHits} hits)` : "",
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface Profile {
  /** Database hits of the whole plan, subqueries included. */
  dbHits: number;
  /** The operator with the most hits, and its details. */
  hottest: string;
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

function details(plan: ProfiledPlan): string {
  const text = String(plan.arguments.Details ?? "").replace(/\s+/g, " ");
  return text.length > 70 ? `${text.slice(0, 70)}...` : text;
}
