import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CreateCustomerInput, UpdateCustomerInput } from "./customer.input.js";
import { Customer } from "./customer.type.js";

@Resolver()
export class CustomerResolver {
  @Query(() => Customer, { description: "One customer with its choices (a customer key: its own only)." })
  async customer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Customer> {
    ctx.access.readCustomer(id);
    return ctx.services.customer.customer(id);
  }

  @Query(() => [Customer], { description: "Every customer the key may see, by name." })
  async customers(@Ctx() ctx: Context): Promise<Customer[]> {
    const scope = ctx.access.customerListScope();
    return ctx.services.customer.customers(scope.all ? null : scope.customerId);
  }

  @Mutation(() => Customer, { description: "Adds a customer (admin)." })
  async createCustomer(
    @Arg("input", () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() ctx: Context,
  ): Promise<Customer> {
    ctx.access.require(["admin"], "create customers");
    return ctx.services.customer.create(input, ctx.actor);
  }

  @Mutation(() => Customer, {
    description: "Changes a customer's name, notes or capability choices (admin, or that customer's key).",
  })
  async updateCustomer(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: Context,
  ): Promise<Customer> {
    ctx.access.changeCustomer(id);
    return ctx.services.customer.update(id, input, ctx.actor);
  }
}
