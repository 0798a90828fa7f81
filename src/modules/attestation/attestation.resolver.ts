import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Attestation, Gaps, RecordAttestationInput } from "./attestation.type.js";

@Resolver()
export class AttestationResolver {
  @Query(() => Gaps, {
    description:
      "A customer's obligations not yet attested as IMPLEMENTED or NOT_APPLICABLE, and the requirements they leave open.",
  })
  async gaps(@Arg("customer", () => ID) customer: string, @Ctx() ctx: Context): Promise<Gaps> {
    ctx.access.readCustomer(customer);
    return ctx.services.attestation.gaps(customer);
  }

  @Query(() => [Attestation], { description: "A customer's attestations, by obligation id." })
  async attestations(
    @Arg("customer", () => ID) customer: string,
    @Ctx() ctx: Context,
  ): Promise<Attestation[]> {
    ctx.access.readCustomer(customer);
    await ctx.services.customer.customer(customer); // NOT_FOUND for an unknown customer, as elsewhere
    return ctx.services.attestation.attestations(customer);
  }

  @Mutation(() => Attestation, {
    description: "Records what a customer has done about one obligation (admin, or that customer's key).",
  })
  async recordAttestation(
    @Arg("input", () => RecordAttestationInput) input: RecordAttestationInput,
    @Ctx() ctx: Context,
  ): Promise<Attestation> {
    ctx.access.changeCustomer(input.customer);
    return ctx.services.attestation.record(input, ctx.actor);
  }
}
