import { Repository, statement, type NoColumns, type Tx } from "../../db/repository.js";
import { auditEvent, type Actor, type Change, type StoredEvent } from "./audit.record.js";

/** A stored event as read back: properties never set come back absent. */
export type ListedEvent = Partial<
  Pick<StoredEvent, "customerId" | "reason" | "actorKeyId" | "actorCustomerId" | "requestId">
> &
  Omit<StoredEvent, "customerId" | "reason" | "actorKeyId" | "actorCustomerId" | "requestId">;

export interface AuditListRow {
  total: number;
  events: ListedEvent[];
}

export interface AuditListParams {
  action: string | null;
  customerId: string | null;
  actorKeyId: string | null;
  afterAt: string | null;
  afterId: string | null;
  limit: number;
}

export const AUDIT_STATEMENTS = {
  append: statement<NoColumns>()("audit/append", []),
  list: statement<AuditListRow>()("audit/list", ["total", "events"]),
};

export class AuditRepository extends Repository {
  /** Writes the event of `change` in the change's own transaction. */
  async append(tx: Tx, actor: Actor, change: Change): Promise<void> {
    await this.write(tx, AUDIT_STATEMENTS.append, { event: auditEvent(actor, change) });
  }

  /** Events newest first, filtered, one page after the cursor; always one row. */
  async list(params: AuditListParams): Promise<AuditListRow | undefined> {
    const [row] = await this.read(AUDIT_STATEMENTS.list, { ...params });
    return row;
  }
}
