import { IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Obligation, RequirementRef } from "../common/common.types.js";
import { ISO_DATE, IsSlug, MAX_NAME } from "../common/inputs.js";
import {
  ATTESTATION_STATUSES,
  graphqlEnum,
  type AttestationStatus as VocabularyAttestationStatus,
} from "../../vocabulary.js";

export const AttestationStatus = graphqlEnum(ATTESTATION_STATUSES);
export type AttestationStatus = VocabularyAttestationStatus;
registerEnumType(AttestationStatus, {
  name: "AttestationStatus",
  description: "IMPLEMENTED and NOT_APPLICABLE close an obligation; the others leave it open.",
});

export const CLOSING_STATUSES: readonly string[] = [
  AttestationStatus.IMPLEMENTED,
  AttestationStatus.NOT_APPLICABLE,
];

@ObjectType({ description: "A customer's statement about one of its obligations." })
export class Attestation {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) obligationId!: string;
  @Field(() => AttestationStatus) status!: AttestationStatus;
  @Field(() => String, {
    nullable: true,
    description: "Where the evidence is (a ticket, a document, a URL).",
  })
  evidence!: string | null;
  @Field({ description: "The day it was true (YYYY-MM-DD)." }) date!: string;
  @Field({ description: "The person who attests it." }) attestedBy!: string;
  @Field({ description: "When the API recorded it (ISO-8601, UTC)." }) recordedAt!: string;
  @Field() version!: string;
}

@InputType()
export class RecordAttestationInput {
  @Field(() => ID)
  @IsSlug("customer", 1)
  customer!: string;

  @Field(() => ID, { description: "An obligation id, as in `obligations { id }`." })
  @IsSlug("obligation", 1, 100)
  obligation!: string;

  @Field(() => AttestationStatus)
  status!: AttestationStatus;

  @Field(() => String, { nullable: true, description: "A reference to the evidence, up to 500 characters." })
  @IsOptional()
  @Length(1, 500)
  evidence?: string | null;

  @Field({ description: "YYYY-MM-DD, not in the future." })
  @Matches(ISO_DATE, { message: "date must be a calendar date written YYYY-MM-DD" })
  date!: string;

  @Field({ description: "Who attests it: a person's name or role." })
  @Length(1, MAX_NAME)
  attestedBy!: string;
}

@ObjectType({
  description: "An obligation the customer has not closed, and the requirements it leaves open.",
})
export class ObligationGap {
  @Field(() => Obligation) obligation!: Obligation;
  @Field(() => Attestation, { nullable: true, description: "The latest attestation, if any (not closing)." })
  attestation!: Attestation | null;
  @Field(() => [RequirementRef]) requirements!: RequirementRef[];
}

@ObjectType({ description: "What is left for one customer to do, with its own choices applied." })
export class Gaps {
  @Field(() => ID) customer!: string;
  @Field() customerName!: string;
  @Field(() => Int, { description: "Obligations that apply to the customer." }) obligationCount!: number;
  @Field(() => Int, { description: "Of those, closed by an IMPLEMENTED or NOT_APPLICABLE attestation." })
  closedCount!: number;
  @Field(() => [ObligationGap], { description: "Not yet closed, by obligation id." }) open!: ObligationGap[];
  @Field(() => [RequirementRef], { description: "Requirements with at least one open obligation." })
  openRequirements!: RequirementRef[];
}
