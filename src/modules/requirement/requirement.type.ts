import { Field, Int, ObjectType } from "type-graphql";
import {
  DerivedLink,
  Obligation,
  PageInfo,
  PolicyRef,
  RequirementKind,
  RequirementRef,
  Source,
} from "../common/common.types.js";
import { AnswerControl, InheritanceRowRef } from "../inheritance/inheritance.type.js";

@ObjectType({ description: "A citation of a requirement by a document of the policy set." })
export class PolicyCitation {
  @Field(() => PolicyRef) policy!: PolicyRef;
  @Field(() => RequirementRef) requirement!: RequirementRef;
  @Field({
    description:
      "True for the document's Applicable Standards list; false for a table row or a mention in its text.",
  })
  addresses!: boolean;
  @Field(() => [String], { description: "The entries exactly as the document writes them." })
  citedAs!: string[];
  @Field(() => [String]) sections!: string[];
  @Field(() => [String], {
    description: "Oddities noted when transcribing (malformed, alias resolved, ...).",
  })
  notes!: string[];
}

@ObjectType({
  description:
    "A HITRUST <-> HIPAA link a policy citing both would give, withheld on purpose: the policy's citation of the HIPAA rule has a title that names another rule (a DERIVED_LINK_WITHHELD finding).",
})
export class WithheldLink {
  @Field(() => RequirementRef, { description: "The other end the link would have." })
  requirement!: RequirementRef;
  @Field(() => PolicyRef, { description: "The policy it would have been derived from." }) policy!: PolicyRef;
  @Field(() => [String], { description: "The HIPAA citation as the policy writes it." }) citedAs!: string[];
  @Field(() => [String], { description: "Why it is not trusted, as noted when transcribing." })
  notes!: string[];
}

@ObjectType({ description: "A problem noted about how the documents cite a HITRUST control." })
export class Flag {
  @Field({ description: "NAME_BELONGS_TO_OTHER_CONTROL, ID_MALFORMED, NAME_VARIES or ID_NOT_IN_CSF." })
  kind!: string;
  @Field() note!: string;
  @Field({ description: "Document and section, as 'file § section'." }) source!: string;
}

@ObjectType({
  description:
    "A HIPAA standard or implementation specification, a HITECH provision, or a HITRUST CSF control.",
})
export class Requirement {
  @Field() citation!: string;
  @Field() title!: string;
  @Field() framework!: string;
  @Field(() => RequirementKind) kind!: RequirementKind;
  @Field(() => String, {
    nullable: true,
    description:
      "ADMINISTRATIVE, PHYSICAL, TECHNICAL, ORGANIZATIONAL, POLICIES_AND_DOCUMENTATION, BREACH_NOTIFICATION.",
  })
  safeguard!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "REQUIRED or ADDRESSABLE, for implementation specifications.",
  })
  designation!: string | null;
  @Field({ description: "The CFR section (164.308), HITECH section (13402) or HITRUST category (01)." })
  section!: string;
  @Field(() => [String], { description: "Other paragraphs the documents use for it." }) aliases!: string[];
  @Field(() => Source, { nullable: true }) source!: Source | null;
  @Field(() => RequirementRef, { nullable: true }) standard!: RequirementRef | null;
  @Field(() => [RequirementRef]) specifications!: RequirementRef[];
  @Field(() => [PolicyCitation], { description: "Every citation of it in the policy set." })
  citations!: PolicyCitation[];
  @Field(() => [PolicyRef], { description: "Policies whose Applicable Standards list addresses it." })
  policies!: PolicyRef[];
  @Field(() => [InheritanceRowRef]) inheritanceRows!: InheritanceRowRef[];
  @Field(() => [AnswerControl], {
    description:
      "The controls of its inheritance answer: those that satisfy it, its standard or its specifications, and those they rely on.",
  })
  controls!: AnswerControl[];
  @Field(() => [Obligation]) obligations!: Obligation[];
  @Field(() => [DerivedLink], { description: "HITRUST <-> HIPAA links derived from policies citing both." })
  related!: DerivedLink[];
  @Field(() => [WithheldLink], {
    description: "Derived links `related` lacks on purpose, each with the policy and the reason.",
  })
  withheld!: WithheldLink[];
  @Field(() => [Flag]) flags!: Flag[];
}

@ObjectType()
export class RequirementEdge {
  @Field() cursor!: string;
  @Field(() => Requirement) node!: Requirement;
}

@ObjectType()
export class RequirementConnection {
  @Field(() => [RequirementEdge]) edges!: RequirementEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
