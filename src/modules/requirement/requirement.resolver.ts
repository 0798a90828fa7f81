import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { RequirementsArgs } from "./requirement.args.js";
import { Requirement, RequirementConnection } from "./requirement.type.js";

@Resolver()
export class RequirementResolver {
  @Query(() => Requirement, { description: "One requirement by any spelling of its citation." })
  async requirement(
    @Arg("citation", () => String) citation: string,
    @Ctx() ctx: Context,
  ): Promise<Requirement> {
    return ctx.services.requirement.requirement("citation", citation);
  }

  @Query(() => RequirementConnection, {
    description: "Requirements in citation order, filtered, with cursor pagination.",
  })
  async requirements(
    @Args(() => RequirementsArgs) args: RequirementsArgs,
    @Ctx() ctx: Context,
  ): Promise<RequirementConnection> {
    return ctx.services.requirement.requirements(args.filter, args.first, args.after);
  }

  @Query(() => Requirement, {
    description:
      "A HITRUST CSF control as the policies cite it, with the HIPAA rules it relates to (derived) and the policies behind each link.",
  })
  async hitrustControl(
    @Arg("id", () => String, { description: "01.d, HITRUST 01.d, or 01.d - Name" }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Requirement> {
    return ctx.services.requirement.requirement("id", /^hitrust/i.test(id.trim()) ? id : `HITRUST ${id}`);
  }
}
