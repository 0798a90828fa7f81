import type { Database } from "../../db/database.js";
import { decodeOpaqueCursor, encodeOpaqueCursor } from "../common/cursor.js";
import type { AuditEvent, AuditEventConnection, AuditEventsArgs } from "./audit.type.js";

interface StoredEvent {
  id: string;
  at: string;
  action: string;
  target: string;
  customerId?: string | null;
  reason?: string | null;
  before: string;
  after: string;
  actorRole: string;
  actorKeyId?: string | null;
  actorCustomerId?: string | null;
  via: string;
  requestId?: string | null;
}

export class AuditService {
  constructor(private readonly db: Database) {}

  async events(args: AuditEventsArgs): Promise<AuditEventConnection> {
    const cursor = args.after ? decodeOpaqueCursor("audit", args.after) : null;
    const [afterAt, afterId] = cursor === null ? [null, null] : splitCursor(cursor);
    const [row] = await this.db.read("audit/list", {
      action: args.action ?? null,
      customerId: args.customer ?? null,
      actorKeyId: args.keyId ?? null,
      afterAt,
      afterId,
      limit: args.first + 1,
    });
    const events = (row?.events ?? []) as StoredEvent[];
    const page = events.slice(0, args.first).map(toEvent);
    const last = page[page.length - 1];
    return {
      edges: page.map((node) => ({ node, cursor: cursorOf(node) })),
      pageInfo: { hasNextPage: events.length > args.first, endCursor: last ? cursorOf(last) : null },
      totalCount: Number(row?.total ?? 0),
    };
  }
}

const cursorOf = (e: AuditEvent): string => encodeOpaqueCursor("audit", `${e.at}|${e.id}`);

function splitCursor(cursor: string): [string, string] {
  const bar = cursor.indexOf("|");
  return bar < 0 ? [cursor, ""] : [cursor.slice(0, bar), cursor.slice(bar + 1)];
}

function toEvent(e: StoredEvent): AuditEvent {
  return {
    id: e.id,
    at: e.at,
    action: e.action,
    target: e.target,
    customerId: e.customerId ?? null,
    reason: e.reason ?? null,
    before: JSON.parse(e.before) as unknown,
    after: JSON.parse(e.after) as unknown,
    actor: {
      role: e.actorRole,
      keyId: e.actorKeyId ?? null,
      customerId: e.actorCustomerId ?? null,
      via: e.via,
    },
    requestId: e.requestId ?? null,
  };
}
