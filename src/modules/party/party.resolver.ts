import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PartyDetail } from "./party.type.js";

@Resolver()
export class PartyResolver {
  @Query(() => PartyDetail, {
    description: "A party (aptible, luma, customer): what it operates, owns, and carries the risk for.",
  })
  async party(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PartyDetail> {
    return ctx.services.party.party(id);
  }
}
