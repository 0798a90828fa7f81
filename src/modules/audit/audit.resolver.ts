import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { AuditEventConnection, AuditEventsArgs } from "./audit.type.js";

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: "The audit log, newest first (admin, auditor). There is no way to change it.",
  })
  async auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEventConnection> {
    ctx.access.require(["admin", "auditor"], "read the audit log");
    return ctx.services.audit.events(args);
  }
}
