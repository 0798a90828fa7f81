import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { RequirementRef, Source } from "../common/common.types.js";
import { FINDING_KIND_DESCRIPTIONS, FINDING_KINDS, type FindingKindName } from "./finding.kinds.js";

/** The GraphQL enum of finding kinds, derived from the vocabulary in finding.kinds.ts. */
export const FindingKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, k])) as {
  readonly [K in FindingKindName]: K;
};
export type FindingKind = FindingKindName;

registerEnumType(FindingKind, {
  name: "FindingKind",
  description: "What is wrong with, or missing from, the documents themselves.",
  valuesConfig: Object.fromEntries(
    FINDING_KINDS.map((k) => [k, { description: FINDING_KIND_DESCRIPTIONS[k] }]),
  ),
});

@ObjectType({
  description:
    "A fact about the documents a compliance officer must know: a gap, an inconsistency, a contradiction, a defect of the text.",
})
export class Finding {
  @Field(() => FindingKind) kind!: FindingKind;
  @Field({ description: "What it is about: a citation, a policy number, a topic id, a name." })
  subject!: string;
  @Field({ description: "One plain sentence, in the project's words." }) message!: string;
  @Field({
    description:
      "True for a defect transcribed from the documents (seed findings.yaml); false for one computed from the graph.",
  })
  transcribed!: boolean;
  @Field(() => String, { nullable: true, description: "The seed id of a transcribed finding." })
  id!: string | null;
  @Field(() => [Int], {
    description:
      "Numbers of the documents it concerns, those its sources are in included (24 for the mapping page filed beside 2021-03).",
  })
  documents!: number[];
  @Field(() => [RequirementRef], { description: "The requirements it concerns." })
  requirements!: RequirementRef[];
  @Field(() => [Source], {
    description: "Where it is written: document, section, where in the section, version.",
  })
  sources!: Source[];
}
