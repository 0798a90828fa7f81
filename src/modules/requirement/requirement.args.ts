import { IsIn, IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { FRAMEWORKS, SAFEGUARDS } from "../../vocabulary.js";
import { RequirementKind } from "../common/common.types.js";

export const MAX_PAGE_SIZE = 200;

@InputType({ description: "Filters for the requirements list; all optional, combined with AND." })
export class RequirementFilter {
  @Field(() => String, { nullable: true, description: "HIPAA, HITECH or HITRUST." })
  @IsOptional()
  @IsIn([...FRAMEWORKS])
  framework?: string;

  @Field(() => RequirementKind, { nullable: true })
  @IsOptional()
  kind?: RequirementKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...SAFEGUARDS])
  safeguard?: string;
}

@ArgsType()
export class RequirementsArgs {
  @Field(() => RequirementFilter, { nullable: true })
  filter?: RequirementFilter;

  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  @IsOptional()
  after?: string | null;
}
