import { ArrayMaxSize, IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsSlug, MAX_NAME, MAX_TEXT, SLUG, SLUG_MESSAGE } from "../common/inputs.js";

const MAX_CAPABILITIES = 50;

@InputType({ description: "A new customer: the customer template plus its own choices." })
export class CreateCustomerInput {
  @Field(() => ID, { description: "Lower-case words joined by hyphens; cannot change later." })
  @IsSlug("id")
  id!: string;

  @Field()
  @Length(1, MAX_NAME)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, MAX_TEXT)
  notes?: string | null;

  @Field(() => [ID], { defaultValue: [], description: "Ids of the optional capabilities it uses." })
  @ArrayMaxSize(MAX_CAPABILITIES)
  @Matches(SLUG, { each: true, message: `each capability ${SLUG_MESSAGE}` })
  capabilities!: string[];
}

@InputType({ description: "What to change; fields left out stay as they are." })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_NAME)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Give null to clear the notes." })
  @IsOptional()
  @Length(0, MAX_TEXT)
  notes?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "The capabilities it uses, all of them: replaces the current choice.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CAPABILITIES)
  @Matches(SLUG, { each: true, message: `each capability ${SLUG_MESSAGE}` })
  capabilities?: string[] | null;
}
