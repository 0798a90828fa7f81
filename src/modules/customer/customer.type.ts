import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "An optional capability of the platform and whether this customer uses it; it resolves CONDITIONAL rows.",
})
export class CapabilityChoice {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: "What a new customer starts with (the customer template)." })
  defaultForTemplate!: boolean;
  @Field() used!: boolean;
}

@ObjectType({
  description:
    "A clinic: the customer template plus its own choices. Pass its id as `customer` to tailor answers.",
})
export class Customer {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => ID, { description: "The party it starts from: customer." }) startsFrom!: string;
  @Field(() => [CapabilityChoice]) capabilities!: CapabilityChoice[];
}
