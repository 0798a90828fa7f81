import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { SearchHit } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: "Full-text search over requirement, policy, control and obligation titles and descriptions.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("limit", () => Int, { defaultValue: 25, description: "1 to 100." }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    return ctx.services.search.search(text, limit);
  }
}
