// Fake repositories for the services' unit tests: in memory, no database. Each records the
// transactions it was asked for, so a test can see that a change and its audit event share one.
import type { Public, Tx } from "../../src/db/repository.js";
import type { AuditRepository } from "../../src/modules/audit/audit.repository.js";
import type { Actor, Change } from "../../src/modules/audit/audit.record.js";

/** A transaction handle: services pass it on to repositories and never run anything on it. */
export function fakeTx(label: string): Tx {
  return {
    label,
    run: () => Promise.reject(new Error("a service ran a statement itself")),
  } as Tx;
}

/** An inTransaction that hands `work` a new handle each time and records which it handed out. */
export function transactions(): {
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;
  opened: Tx[];
} {
  const opened: Tx[] = [];
  return {
    opened,
    inTransaction: <T>(work: (tx: Tx) => Promise<T>) => {
      const tx = fakeTx(`tx${opened.length + 1}`);
      opened.push(tx);
      return work(tx);
    },
  };
}

export const ADMIN: Actor = {
  principal: { role: "admin", keyId: "k1", customerId: null },
  via: "api",
  requestId: "r1",
};

export function fakeAudit(): Public<AuditRepository> & { appended: Array<{ tx: Tx; change: Change }> } {
  const appended: Array<{ tx: Tx; change: Change }> = [];
  return {
    appended,
    ...transactions(),
    append: (tx: Tx, _actor: Actor, change: Change) => {
      appended.push({ tx, change });
      return Promise.resolve();
    },
    list: () => Promise.reject(new Error("not used")),
  };
}
