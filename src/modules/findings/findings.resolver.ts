import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import { Finding, FindingKind } from "./finding.type.js";

@Resolver()
export class FindingsResolver {
  @Query(() => [Finding], {
    description: "Gaps, inconsistencies and contradictions in the documents, computed from the graph.",
  })
  async findings(
    @Arg("kind", () => FindingKind, { nullable: true }) kind: FindingKind | null | undefined,
    @Arg("version", () => String, { defaultValue: PRIMARY_VERSION }) version: string,
    @Ctx() ctx: Context,
  ): Promise<Finding[]> {
    return ctx.services.findings.findings(version, kind ?? null);
  }
}
