// The one boundary that talks to Neo4j: managed write transactions, auto-commit single reads, sessions
// closed in finally, a timeout on every transaction, driver errors turned into typed errors, values
// converted to plain JS. It also counts round trips, so tests and the benchmark can prove there is one
// query per root field.
import neo4j, {
  type AuthToken,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
} from "neo4j-driver";
import { busy, conflict, serviceUnavailable, timedOut } from "../errors.js";
import { CypherCatalog, splitStatements } from "./cypher.js";
import { toNative, toParams } from "./values.js";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  txTimeoutMs: number;
}

/** A transaction handed to write callbacks: named queries only, parameters only. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Cluster.NotALeader",
]);

/** Neo4j's codes for a transaction that ran past its timeout (client-set or server-wide). */
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/** Transient conflicts between concurrent writers: the whole transaction is tried again. */
const CONFLICT_CODES = new Set([
  "Neo.TransientError.Transaction.DeadlockDetected",
  "Neo.TransientError.Transaction.LockClientStopped",
  "Neo.TransientError.Transaction.Outdated",
]);
const CONFLICT_ATTEMPTS = 6;

/** Shown by SHOW TRANSACTIONS on the server: which application a transaction belongs to. */
const TX_METADATA = { app: "compliance-graph" };

const toRows = (result: QueryResult): Row[] =>
  result.records.map((record) => toNative(record.toObject()) as Row);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) || /connect|ECONNREFUSED|acquisition timed out/i.test(error.message)
  );
}

export class Database {
  /** Cypher statements sent to the server since start; read by tests and the benchmark. */
  roundTrips = 0;
  private readonly driver: Driver;

  constructor(
    private readonly options: DatabaseOptions,
    readonly cypher: CypherCatalog = new CypherCatalog(),
  ) {
    // No password means a server with auth disabled (the local embedded one, bound to loopback).
    // neo4j-driver's typings omit auth.none(), so the "none" scheme token is spelled out.
    const auth: AuthToken =
      options.password === undefined
        ? { scheme: "none", principal: "", credentials: "" }
        : neo4j.auth.basic(options.user, options.password);
    this.driver = neo4j.driver(options.uri, auth, {
      // Fail fast while the server is down instead of queueing requests behind a dead pool.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 1_000,
      userAgent: "compliance-graph",
    });
  }

  get uri(): string {
    return this.options.uri;
  }

  /**
   * One read statement in an auto-commit transaction: one round trip to Neo4j (RUN and PULL) where a
   * managed transaction takes two (BEGIN, RUN and PULL, then COMMIT); on a few cores each round trip is
   * a wake-up of every process on the way, which shows in the p50 of short reads. A read needs no
   * commit; what a managed transaction would retry (a pooled connection that died with a restarted
   * server, a leader change) is tried once more here.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    const { text, parameters } = this.prepare(name, params);
    const config = { timeout: this.options.txTimeoutMs, metadata: TX_METADATA };
    return this.guard(this.options.txTimeoutMs, async () => {
      for (let attempt = 1; ; attempt++) {
        const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
        try {
          return toRows(await session.run(text, parameters, config));
        } catch (error) {
          if (attempt > 1 || !Neo4jError.isRetryable(error)) throw error;
        } finally {
          await session.close();
        }
      }
    });
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeSession((tx) => this.runIn(tx, name, params));
  }

  /**
   * Several named statements in one write transaction: all applied, or none. Bulk work (the seed
   * loader) passes a longer timeout than the per-request one.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs = this.options.txTimeoutMs): Promise<T> {
    return this.writeSession(
      (tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }),
      timeoutMs,
    );
  }

  /** Runs every statement of a multi-statement query (the constraints and indexes), each on its own. */
  async runScript(name: string): Promise<number> {
    const statements = splitStatements(this.cypher.get(name).text);
    for (const statement of statements) {
      await this.guard(this.options.txTimeoutMs, async () => {
        const session = this.driver.session({ database: this.options.database });
        try {
          this.roundTrips += 1;
          await session.run(statement, {}, { timeout: this.options.txTimeoutMs });
        } finally {
          await session.close();
        }
      });
    }
    return statements.length;
  }

  /** Resolves when the server answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.guard(timeoutMs, async () => {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        await session.run("RETURN 1", {}, { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params): Promise<Row[]> {
    const { text, parameters } = this.prepare(name, params);
    return toRows(await tx.run(text, parameters));
  }

  /** The named statement's text and driver parameters, checked and counted as a round trip. */
  private prepare(name: string, params: Params): { text: string; parameters: Record<string, unknown> } {
    const query = this.cypher.get(name);
    this.cypher.check(query, params);
    this.roundTrips += 1;
    return { text: query.text, parameters: toParams(params) as Record<string, unknown> };
  }

  /** A managed write transaction (reads go through read()). */
  private async writeSession<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = this.options.txTimeoutMs,
  ): Promise<T> {
    // The driver retries transient errors for maxTransactionRetryTime (kept short so that requests
    // fail fast while Neo4j is down); deadlocks between busy writers get more tries here, with jitter.
    return this.guard(timeoutMs, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.writeOnce(work, timeoutMs);
        } catch (error) {
          const conflicting = error instanceof Neo4jError && CONFLICT_CODES.has(error.code);
          if (!conflicting || attempt >= CONFLICT_ATTEMPTS) throw error;
          await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
        }
      }
    });
  }

  private async writeOnce<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database });
    const config = { timeout: timeoutMs, metadata: TX_METADATA };
    try {
      return await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  private async guard<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) throw serviceUnavailable();
      if (error instanceof Neo4jError && TIMEOUT_CODES.has(error.code)) throw timedOut(timeoutMs);
      if (error instanceof Neo4jError && CONFLICT_CODES.has(error.code)) throw busy();
      // Two requests creating the same id at once: the unique constraint refuses the second.
      if (error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed")
        throw conflict("Something with that id was created at the same time; nothing was changed.");
      throw error;
    }
  }
}
