import { Field, ID, ObjectType } from "type-graphql";
import { ControlRef, Party, PolicyRef, RequirementRef, Source } from "../common/common.types.js";

@ObjectType()
export class PolicySection {
  @Field(() => PolicyRef) policy!: PolicyRef;
  @Field() section!: string;
}

@ObjectType({ description: "A concrete practice a policy describes, operated by one party." })
export class Control {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() version!: string;
  @Field(() => Party) operator!: Party;
  @Field(() => PolicySection, { nullable: true }) definedIn!: PolicySection | null;
  @Field(() => [RequirementRef]) satisfies!: RequirementRef[];
  @Field(() => [ControlRef], {
    description: "Controls of other parties it depends on (a Luma control on Aptible's).",
  })
  reliesOn!: ControlRef[];
  @Field(() => [ControlRef]) reliedOnBy!: ControlRef[];
  @Field(() => [Source], { description: "Every statement in the documents that describes it." })
  sources!: Source[];
}
