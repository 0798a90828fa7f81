import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Source } from "../common/common.types.js";

export enum FindingKind {
  REQUIREMENT_NOT_ADDRESSED = "REQUIREMENT_NOT_ADDRESSED",
  REQUIREMENT_WITHOUT_INHERITANCE_ROW = "REQUIREMENT_WITHOUT_INHERITANCE_ROW",
  POLICY_NOT_IN_INHERITANCE_TABLE = "POLICY_NOT_IN_INHERITANCE_TABLE",
  ROW_POLICY_DOES_NOT_CITE_RULE = "ROW_POLICY_DOES_NOT_CITE_RULE",
  HITRUST_NAME_BELONGS_TO_OTHER_CONTROL = "HITRUST_NAME_BELONGS_TO_OTHER_CONTROL",
  HITRUST_ID_MALFORMED = "HITRUST_ID_MALFORMED",
  HITRUST_NAME_VARIES = "HITRUST_NAME_VARIES",
  HITRUST_ID_NOT_IN_CSF = "HITRUST_ID_NOT_IN_CSF",
  CONTRADICTION = "CONTRADICTION",
}
registerEnumType(FindingKind, {
  name: "FindingKind",
  description: "What is wrong with, or missing from, the documents themselves.",
  valuesConfig: {
    REQUIREMENT_NOT_ADDRESSED: {
      description: "No policy's Applicable Standards list addresses this HIPAA/HITECH requirement.",
    },
    REQUIREMENT_WITHOUT_INHERITANCE_ROW: {
      description: "No row of the inheritance table covers this HIPAA standard: nothing says who owns it.",
    },
    POLICY_NOT_IN_INHERITANCE_TABLE: { description: "No row of the inheritance table names this policy." },
    ROW_POLICY_DOES_NOT_CITE_RULE: {
      description: "An inheritance row names a policy whose Applicable Standards do not cite the row's rule.",
    },
    HITRUST_NAME_BELONGS_TO_OTHER_CONTROL: {
      description: "A HITRUST id cited with the name of another control.",
    },
    HITRUST_ID_MALFORMED: { description: "A HITRUST id written in a form that is not a CSF id." },
    HITRUST_NAME_VARIES: { description: "A HITRUST control cited under different names." },
    HITRUST_ID_NOT_IN_CSF: { description: "A HITRUST reference that matches no CSF control." },
    CONTRADICTION: {
      description: "Documents state different values for the same thing (deadlines, frequencies, ...).",
    },
  },
});

@ObjectType({
  description:
    "A fact about the documents a compliance officer must know: a gap, an inconsistency, a contradiction.",
})
export class Finding {
  @Field(() => FindingKind) kind!: FindingKind;
  @Field({ description: "What it is about: a citation, a policy number, a topic id." }) subject!: string;
  @Field({ description: "One plain sentence." }) message!: string;
  @Field(() => [Source]) sources!: Source[];
}
