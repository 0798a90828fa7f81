import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import { Policy } from "./policy.type.js";

@Resolver()
export class PolicyResolver {
  @Query(() => Policy, {
    description:
      "One document of the policy set by its number (the file prefix: 4 is 04-risk_management_policy.md).",
  })
  async policy(
    @Arg("number", () => Int) number: number,
    @Arg("version", () => String, { defaultValue: PRIMARY_VERSION }) version: string,
    @Ctx() ctx: Context,
  ): Promise<Policy> {
    return ctx.services.policy.policy(number, version);
  }

  @Query(() => [Policy], { description: "Every document of a policy-set version, in number order." })
  async policies(
    @Arg("version", () => String, { defaultValue: PRIMARY_VERSION }) version: string,
    @Ctx() ctx: Context,
  ): Promise<Policy[]> {
    return ctx.services.policy.policies(version);
  }
}
