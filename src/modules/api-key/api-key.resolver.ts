import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { ApiKey, CreateApiKeyInput, CreatedApiKey, Viewer } from "./api-key.type.js";

@Resolver()
export class ApiKeyResolver {
  @Query(() => Viewer, { description: "Who the API takes you to be: check a key before using it." })
  viewer(@Ctx() ctx: Context): Viewer {
    const { role, keyId, customerId } = ctx.access.principal;
    return { role, keyId, customerId };
  }

  @Query(() => [ApiKey], { description: "Every API key, newest first (admin)." })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    ctx.access.require(["admin"], "list API keys");
    return ctx.services.apiKeys.list();
  }

  @Mutation(() => CreatedApiKey, { description: "A new API key; the key is in the answer only (admin)." })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKey> {
    ctx.access.require(["admin"], "create API keys");
    const { key, info } = await ctx.services.apiKeys.create(
      { role: input.role, customerId: input.customer ?? null, label: input.label ?? null },
      ctx.actor,
    );
    return { key, apiKey: info };
  }

  @Mutation(() => ApiKey, { description: "Revokes a key at once; revoking twice changes nothing (admin)." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    ctx.access.require(["admin"], "revoke API keys");
    return ctx.services.apiKeys.revoke(id, ctx.actor);
  }
}
