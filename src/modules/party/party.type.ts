import { Field, ID, ObjectType } from "type-graphql";
import { ControlRef, Party, RequirementRef } from "../common/common.types.js";

/**
 * What every view of a step of the chain says of its agreement: the documents' name for it, or why
 * none. A base of object types, not a type of the schema (nothing returns it).
 */
@ObjectType()
export abstract class StepAgreement {
  @Field(() => String, {
    nullable: true,
    description:
      "The agreement the documents name for the step; null where they name none (see agreementNote).",
  })
  agreement!: string | null;
  @Field(() => String, { nullable: true, description: "What the documents leave unsaid about the step." })
  agreementNote!: string | null;
}

@ObjectType()
export class PartyLink extends StepAgreement {
  @Field(() => Party) party!: Party;
}

@ObjectType({
  description:
    "A party with what it operates, what it owns and what risk it carries (template answers, before any customer's choices).",
})
export class PartyDetail {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field() description!: string;
  @Field(() => PartyLink, {
    nullable: true,
    description: "The first provider it inherits from (see `providers` for all of them).",
  })
  inheritsFrom!: PartyLink | null;
  @Field(() => [PartyLink], { description: "Every provider it inherits from." }) providers!: PartyLink[];
  @Field(() => [PartyLink], { description: "The parties that inherit from it." }) inheritedBy!: PartyLink[];
  @Field(() => [ControlRef]) operates!: ControlRef[];
  @Field(() => [RequirementRef], { description: "Requirements it is accountable for (in whole or in part)." })
  owns!: RequirementRef[];
  @Field(() => [RequirementRef]) bearsRiskFor!: RequirementRef[];
  @Field(() => [RequirementRef], {
    description: "Requirements whose controls it runs for another party that stays accountable.",
  })
  operatesFor!: RequirementRef[];
}
