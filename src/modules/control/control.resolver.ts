import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PRIMARY_VERSION } from "../inheritance/inheritance.service.js";
import { Control } from "./control.type.js";

@Resolver()
export class ControlResolver {
  @Query(() => Control, { description: "One control by id (aptible-ossec-ids, luma-risk-assessment, ...)." })
  async control(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => String, { defaultValue: PRIMARY_VERSION }) version: string,
    @Ctx() ctx: Context,
  ): Promise<Control> {
    return ctx.services.control.control(id, version);
  }
}
