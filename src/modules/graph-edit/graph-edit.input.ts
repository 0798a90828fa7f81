import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { InheritanceStatus } from "../common/common.types.js";
import {
  IsSlug,
  MAX_NAME,
  MAX_TEXT,
  ReasonField,
  SLUG,
  SLUG_MESSAGE,
  SourceInput,
} from "../common/inputs.js";
import { MAX_CITATION_LENGTH } from "../common/citation-input.js";

const MAX_LINKS = 50;

@InputType({ description: "The policy that defines a control, and where in it." })
export class DefinedInInput {
  @Field(() => Int, { description: "The document number (4 is 04-risk_management_policy.md)." })
  @Min(0)
  @Max(999)
  policy!: number;

  @Field()
  @Length(1, MAX_NAME)
  section!: string;
}

@InputType({ description: "A control to add to the primary policy set (admin)." })
export class AddControlInput {
  @Field(() => ID)
  @IsSlug("id", 2, 100)
  id!: string;

  @Field()
  @Length(1, MAX_NAME)
  name!: string;

  @Field()
  @Length(1, MAX_TEXT)
  description!: string;

  @Field(() => ID, { description: "Who runs it: the id of a party (see `party`)." })
  @IsSlug("operator")
  operator!: string;

  @Field(() => DefinedInInput)
  @ValidateNested()
  definedIn!: DefinedInInput;

  @Field(() => [String], { defaultValue: [], description: "Requirements it satisfies, any spelling." })
  @ArrayMaxSize(MAX_LINKS)
  @Length(1, MAX_CITATION_LENGTH, { each: true })
  satisfies!: string[];

  @Field(() => [ID], { defaultValue: [], description: "Controls of the same policy set it relies on." })
  @ArrayMaxSize(MAX_LINKS)
  @Matches(SLUG, { each: true, message: `each of reliesOn ${SLUG_MESSAGE}` })
  reliesOn!: string[];

  @Field(() => SourceInput, { nullable: true, description: "The document statement it comes from, if any." })
  @IsOptional()
  @ValidateNested()
  source?: SourceInput | null;

  @ReasonField()
  reason!: string;
}

@InputType({ description: "A control satisfies a requirement (admin)." })
export class LinkControlInput {
  @Field(() => ID)
  @IsSlug("control", 2, 100)
  control!: string;

  @Field({ description: "Any spelling of the requirement's citation." })
  @Length(1, MAX_CITATION_LENGTH)
  requirement!: string;

  @ReasonField()
  reason!: string;
}

@InputType({ description: "A requirement's inheritance status, decided anew (admin)." })
export class SetInheritanceStatusInput {
  @Field({ description: "Any spelling of the requirement's citation (HIPAA or HITECH)." })
  @Length(1, MAX_CITATION_LENGTH)
  requirement!: string;

  @Field(() => InheritanceStatus)
  status!: InheritanceStatus;

  @Field(() => ID, {
    nullable: true,
    description: "The capability a CONDITIONAL status depends on; only then.",
  })
  @IsOptional()
  @IsSlug("capability")
  capability?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "The document that decides it, if any." })
  @IsOptional()
  @ValidateNested()
  source?: SourceInput | null;

  @ReasonField()
  reason!: string;
}
