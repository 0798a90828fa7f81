import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Customer } from "./customer.type.js";

@Resolver()
export class CustomerResolver {
  @Query(() => Customer, { description: "One customer with its choices." })
  async customer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Customer> {
    return ctx.services.customer.customer(id);
  }

  @Query(() => [Customer], { description: "Every customer, by name." })
  async customers(@Ctx() ctx: Context): Promise<Customer[]> {
    return ctx.services.customer.customers();
  }
}
