import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { selectedFields } from "../common/selection.js";
import { RequirementsArgs } from "./requirement.args.js";
import { requirementParts } from "./requirement.service.js";
import { Requirement, RequirementConnection } from "./requirement.type.js";

@Resolver()
export class RequirementResolver {
  @Query(() => Requirement, { description: "One requirement by any spelling of its citation." })
  async requirement(
    @Arg("citation", () => String) citation: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Requirement> {
    return ctx.services.requirement.requirement("citation", citation, parts(info));
  }

  @Query(() => RequirementConnection, {
    description: "Requirements in citation order, filtered, with cursor pagination.",
  })
  async requirements(
    @Args(() => RequirementsArgs) args: RequirementsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RequirementConnection> {
    // The page's own fields (totalCount) and its nodes' fields name different parts: one set serves.
    const page = selectedFields(info, "RequirementConnection");
    const nodes = selectedFields(info, "Requirement", ["edges", "node"]);
    const selected = page && nodes ? new Set([...page, ...nodes]) : null;
    return ctx.services.requirement.requirements(
      args.filter,
      args.first,
      args.after,
      requirementParts(selected),
    );
  }

  @Query(() => Requirement, {
    description:
      "A HITRUST CSF control as the policies cite it, with the HIPAA rules it relates to (derived) and the policies behind each link.",
  })
  async hitrustControl(
    @Arg("id", () => String, { description: "01.d, HITRUST 01.d, or 01.d - Name" }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Requirement> {
    return ctx.services.requirement.requirement(
      "id",
      /^hitrust/i.test(id.trim()) ? id : `HITRUST ${id}`,
      parts(info),
    );
  }
}

const parts = (info: GraphQLResolveInfo) => requirementParts(selectedFields(info, "Requirement"));
