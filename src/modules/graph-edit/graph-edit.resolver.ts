import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Control } from "../control/control.type.js";
import { Inheritance } from "../inheritance/inheritance.type.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import { AddControlInput, LinkControlInput, SetInheritanceStatusInput } from "./graph-edit.input.js";

@Resolver()
export class GraphEditResolver {
  @Mutation(() => Control, {
    description: "Adds a control to the primary policy set, with a reason (admin).",
  })
  async addControl(
    @Arg("input", () => AddControlInput) input: AddControlInput,
    @Ctx() ctx: Context,
  ): Promise<Control> {
    ctx.access.require(["admin"], "edit the graph");
    const id = await ctx.services.graphEdit.addControl(input, ctx.actor);
    return ctx.services.control.control(id, PRIMARY_VERSION);
  }

  @Mutation(() => Control, {
    description: "Records that a control satisfies a requirement, with a reason (admin).",
  })
  async linkControl(
    @Arg("input", () => LinkControlInput) input: LinkControlInput,
    @Ctx() ctx: Context,
  ): Promise<Control> {
    ctx.access.require(["admin"], "edit the graph");
    const id = await ctx.services.graphEdit.linkControl(input, ctx.actor);
    return ctx.services.control.control(id, PRIMARY_VERSION);
  }

  @Mutation(() => Inheritance, {
    description:
      "Decides a requirement's inheritance status with a reason; answers the template's inheritance afterwards (admin).",
  })
  async setInheritanceStatus(
    @Arg("input", () => SetInheritanceStatusInput) input: SetInheritanceStatusInput,
    @Ctx() ctx: Context,
  ): Promise<Inheritance> {
    ctx.access.require(["admin"], "edit the graph");
    const citation = await ctx.services.graphEdit.setInheritanceStatus(input, ctx.actor);
    return ctx.services.inheritance.inheritance(citation, null);
  }
}
