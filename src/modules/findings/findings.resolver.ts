import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import { Finding, FindingKind } from "./finding.type.js";

@Resolver()
export class FindingsResolver {
  @Query(() => [Finding], {
    description:
      "Gaps, inconsistencies, contradictions and defects of the documents: computed from the graph and transcribed from the documents, each with its sources.",
  })
  async findings(
    @Arg("kind", () => FindingKind, { nullable: true }) kind: FindingKind | null | undefined,
    @Arg("version", () => String, { defaultValue: PRIMARY_VERSION }) version: string,
    @Arg("document", () => Int, {
      nullable: true,
      description: "Only findings concerning this document number (4 is 04-risk_management_policy.md).",
    })
    document: number | null | undefined,
    @Arg("requirement", () => String, {
      nullable: true,
      description: "Only findings concerning this requirement, in any spelling (164.308a4iiC, HITRUST 06.f).",
    })
    requirement: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Finding[]> {
    return ctx.services.findings.findings(version, {
      kind: kind ?? null,
      document: document ?? null,
      requirement: requirement ?? null,
    });
  }
}
