// Repositories (src/modules/<concept>/<concept>.repository.ts, src/auth/api-key.repository.ts) are the
// only callers of the database: each runs the Cypher files of its concept and answers typed rows. Each
// declares, per file, the columns of its rows; that declaration is held to three things:
// - the row interface, by the compiler (`statement<Row>()(...)` refuses a missing or an unknown column);
// - the file's `Columns:` header, by a unit test (tests/unit/db/columns.test.ts);
// - what the Cypher really returns, at run time: the first row of every result is compared with the
//   declaration (a few string comparisons), so the integration tests catch a RETURN that drifted.
import type { Database, Params, Row, Tx } from "./database.js";

export type { Tx };

/** A named Cypher statement whose rows are `R`; `columns` lists exactly the keys of `R`. */
export interface Statement<R> {
  readonly name: string;
  readonly columns: readonly string[];
  /** Never set: it carries the row type. */
  readonly _row?: R;
}

/** The row of a statement that returns nothing. */
export type NoColumns = Record<never, never>;

type Unlisted<R, C extends readonly string[]> = Exclude<keyof R & string, C[number]>;
type EveryColumn<R, C extends readonly string[]> = [Unlisted<R, C>] extends [never]
  ? unknown
  : { missingColumns: Unlisted<R, C> };

/**
 * Declares statement `name` with rows of type R: `statement<FindRow>()("customer/find", ["customer"])`.
 * Every listed column must be a key of R, and every key of R must be listed.
 */
export function statement<R>() {
  return <const C extends readonly (keyof R & string)[]>(
    name: string,
    columns: C & EveryColumn<R, C>,
  ): Statement<R> => ({
    name,
    columns,
  });
}

/** The public surface of a repository: what a service needs, and what a fake in a unit test provides. */
export type Public<T> = { [K in keyof T]: T[K] };

export class ColumnsDrift extends Error {}

/** Throws when a row's keys are not the statement's declared columns. */
export function checkColumns(statement: Statement<unknown>, row: Row | undefined): void {
  if (row === undefined) return;
  const keys = Object.keys(row);
  const same = keys.length === statement.columns.length && statement.columns.every((c) => c in row);
  if (!same) {
    throw new ColumnsDrift(
      `Cypher ${statement.name} returned columns ${keys.join(", ")}; its repository declares ${statement.columns.join(", ")}`,
    );
  }
}

/** The base of every repository: typed reads, typed statements in a caller's transaction, transactions. */
export abstract class Repository {
  constructor(protected readonly db: Database) {}

  /**
   * Runs `work` in one write transaction: every statement it runs, through this repository or any
   * other, is applied, or none is (a change and its audit event, for one).
   */
  inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.writeTransaction(work);
  }

  /** A read statement: in `tx` when one is given (to see the transaction's own writes), else alone. */
  protected async read<R>(statement: Statement<R>, params: Params = {}, tx?: Tx): Promise<R[]> {
    const rows = tx ? await tx.run(statement.name, params) : await this.db.read(statement.name, params);
    return typed(statement, rows);
  }

  /** A write statement, always inside the caller's transaction. */
  protected async write<R>(tx: Tx, statement: Statement<R>, params: Params = {}): Promise<R[]> {
    return typed(statement, await tx.run(statement.name, params));
  }
}

function typed<R>(statement: Statement<R>, rows: Row[]): R[] {
  checkColumns(statement, rows[0]);
  return rows as unknown as R[];
}
