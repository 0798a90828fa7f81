import type { Public } from "../../db/repository.js";
import { decodeOpaqueCursor, encodeOpaqueCursor } from "../common/cursor.js";
import type { AuditRepository, ListedEvent } from "./audit.repository.js";
import type { AuditEvent, AuditEventConnection, AuditEventsArgs } from "./audit.type.js";

export class AuditService {
  constructor(private readonly audit: Public<AuditRepository>) {}

  async events(args: AuditEventsArgs): Promise<AuditEventConnection> {
    const cursor = args.after ? decodeOpaqueCursor("audit", args.after) : null;
    const [afterAt, afterId] = cursor === null ? [null, null] : splitCursor(cursor);
    const row = await this.audit.list({
      action: args.action ?? null,
      customerId: args.customer ?? null,
      actorKeyId: args.keyId ?? null,
      afterAt,
      afterId,
      limit: args.first + 1,
    });
    const events = row?.events ?? [];
    const page = events.slice(0, args.first).map(toEvent);
    const last = page[page.length - 1];
    return {
      edges: page.map((node) => ({ node, cursor: cursorOf(node) })),
      pageInfo: { hasNextPage: events.length > args.first, endCursor: last ? cursorOf(last) : null },
      totalCount: row?.total ?? 0,
    };
  }
}

const cursorOf = (e: AuditEvent): string => encodeOpaqueCursor("audit", `${e.at}|${e.id}`);

function splitCursor(cursor: string): [string, string] {
  const bar = cursor.indexOf("|");
  return bar < 0 ? [cursor, ""] : [cursor.slice(0, bar), cursor.slice(bar + 1)];
}

function toEvent(e: ListedEvent): AuditEvent {
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
