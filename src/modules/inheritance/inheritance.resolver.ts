import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { RULE_IDS, RULES } from "./domain-rules.js";
import { DomainRule, Inheritance, ResponsibilityMatrix } from "./inheritance.type.js";

@Resolver()
export class InheritanceResolver {
  @Query(() => Inheritance, {
    description:
      "Who owns a rule, who operates it, who carries the risk, through which policies and controls, inherited from whom. `rule` takes any spelling of a HIPAA, HITECH or HITRUST reference.",
  })
  async inheritance(
    @Arg("rule", () => String) rule: string,
    @Arg("customer", () => ID, {
      nullable: true,
      description: "Apply this customer's choices; omit for the customer template.",
    })
    customer: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Inheritance> {
    ctx.access.readCustomer(customer ?? null);
    return ctx.services.inheritance.inheritance(rule, customer ?? null);
  }

  @Query(() => [DomainRule], {
    description:
      "The named rules of the domain that answers rest on where no single statement says a thing (docs/domain.md).",
  })
  domainRules(): DomainRule[] {
    return RULE_IDS.map((id) => ({ id, text: RULES[id] }));
  }

  @Query(() => ResponsibilityMatrix, {
    description: "The customer responsibility matrix: one row per requirement of the framework.",
  })
  async responsibilityMatrix(
    @Arg("customer", () => ID, { nullable: true }) customer: string | null | undefined,
    @Arg("framework", () => String, {
      defaultValue: "HIPAA",
      description: "HIPAA (Security Rule), HITECH or HITRUST.",
    })
    framework: string,
    @Ctx() ctx: Context,
  ): Promise<ResponsibilityMatrix> {
    ctx.access.readCustomer(customer ?? null);
    return ctx.services.inheritance.responsibilityMatrix(customer ?? null, framework);
  }
}
