import { Field, Int, ObjectType } from "type-graphql";
import { ControlRef, Obligation } from "../common/common.types.js";
import { InheritanceRowRef } from "../inheritance/inheritance.type.js";
import { PolicyCitation } from "../requirement/requirement.type.js";

@ObjectType({ description: "A document of the policy set: a policy, the inheritance table, the BAA, ..." })
export class Policy {
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field() file!: string;
  @Field({ description: "POLICY, INTRODUCTION, INHERITANCE_TABLE, DEFINITIONS, AGREEMENT or MAPPING." })
  kind!: string;
  @Field() version!: string;
  @Field(() => [PolicyCitation], { description: "HIPAA and HITECH rules in its Applicable Standards list." })
  hipaa!: PolicyCitation[];
  @Field(() => [PolicyCitation], { description: "HITRUST CSF controls in its Applicable Standards list." })
  hitrust!: PolicyCitation[];
  @Field(() => [PolicyCitation], {
    description: "Rules it cites elsewhere: table rows and mentions in its text.",
  })
  mentions!: PolicyCitation[];
  @Field(() => [ControlRef], {
    description: "Controls it defines, with who operates each (Aptible included).",
  })
  controls!: ControlRef[];
  @Field(() => [InheritanceRowRef], { description: "Rows of the inheritance table that name it." })
  inheritanceRows!: InheritanceRowRef[];
  @Field(() => [Obligation], { description: "Customer obligations it states." }) obligations!: Obligation[];
}
