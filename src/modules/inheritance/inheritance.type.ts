import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  ControlRef,
  DerivedLink,
  InheritanceStatus,
  Obligation,
  Party,
  PolicyRef,
  RequirementRef,
  Source,
} from "../common/common.types.js";

export enum Responsibility {
  OWNS = "OWNS",
  SHARES = "SHARES",
  OPERATES = "OPERATES",
  INHERITS = "INHERITS",
  CONDITIONAL = "CONDITIONAL",
  NONE = "NONE",
}
registerEnumType(Responsibility, {
  name: "Responsibility",
  description: "A party's part in one requirement, as a customer's auditor would read it.",
  valuesConfig: {
    OWNS: {
      description:
        "Accountable for it and carries its risk (Luma for inherited rows; the customer for rows not inherited).",
    },
    SHARES: { description: "Owns and carries the risk of its part of a partially inherited requirement." },
    OPERATES: {
      description: "Runs controls for it without being accountable to the customer (Aptible, for Luma).",
    },
    INHERITS: { description: "Relies on the provider that owns it (the customer, for inherited rows)." },
    CONDITIONAL: {
      description:
        "Owns it or not depending on whether the customer uses an optional capability (template answers only).",
    },
    NONE: { description: "No part in it." },
  },
});

export enum StatusBasis {
  OWN_ROW = "OWN_ROW",
  STANDARD_ROW = "STANDARD_ROW",
  RELATED_HIPAA = "RELATED_HIPAA",
  NO_ROW = "NO_ROW",
}
registerEnumType(StatusBasis, {
  name: "StatusBasis",
  description: "Where a status comes from.",
  valuesConfig: {
    OWN_ROW: { description: "The requirement's own row of the inheritance table." },
    STANDARD_ROW: { description: "An implementation specification taking its standard's row." },
    RELATED_HIPAA: {
      description:
        "A HITRUST control answering through the HIPAA rules its policies also cite (derived, not an official mapping).",
    },
    NO_ROW: { description: "No row covers it: nothing is inherited, and it is listed among the findings." },
  },
});

@ObjectType({
  description: "An optional capability a CONDITIONAL row depends on, and whether this customer uses it.",
})
export class ConditionAnswer {
  @Field() capabilityId!: string;
  @Field() capability!: string;
  @Field() description!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "null for the template: it depends on the customer's choice.",
  })
  used!: boolean | null;
}

@ObjectType({
  description:
    "One link of the inheritance chain customer <- Luma <- Aptible, with the controls that carry it.",
})
export class InheritanceStep {
  @Field(() => Party) party!: Party;
  @Field(() => Party, {
    nullable: true,
    description: "The provider this party inherits from here; null where it keeps the requirement itself.",
  })
  inheritsFrom!: Party | null;
  @Field(() => String, { nullable: true, description: "The agreement the step rests on." }) agreement!:
    string | null;
  @Field(() => [ControlRef]) controls!: ControlRef[];
}

@ObjectType({ description: "The row of Luma's inheritance table behind an answer, as written." })
export class InheritanceRowRef {
  @Field(() => Int) row!: number;
  @Field() table!: string;
  @Field() ruleAsWritten!: string;
  @Field() inheritedAsWritten!: string;
  @Field(() => InheritanceStatus) status!: InheritanceStatus;
  @Field(() => [String], { description: "Ambiguities resolved when transcribing the row." }) notes!: string[];
  @Field(() => [PolicyRef]) policies!: PolicyRef[];
  @Field({
    description:
      "The requirement the row covers: this one, its standard, or a HIPAA rule a HITRUST control relates to.",
  })
  covers!: string;
}

@ObjectType({
  description:
    "Who owns a requirement, who operates it and who carries the risk, through which policies and controls.",
})
export class Inheritance {
  @Field(() => RequirementRef) requirement!: RequirementRef;
  @Field(() => InheritanceStatus, {
    description: "For a customer, CONDITIONAL rows are resolved by its choices.",
  })
  status!: InheritanceStatus;
  @Field(() => StatusBasis) basis!: StatusBasis;
  @Field(() => [InheritanceRowRef]) rows!: InheritanceRowRef[];
  @Field(() => ConditionAnswer, { nullable: true }) condition!: ConditionAnswer | null;
  @Field(() => [Party], { description: "Accountable to the customer's auditor." }) owners!: Party[];
  @Field(() => [Party]) riskBearers!: Party[];
  @Field(() => [Party], { description: "Who runs the controls, Aptible included where Luma relies on it." })
  operators!: Party[];
  @Field(() => [InheritanceStep]) chain!: InheritanceStep[];
  @Field(() => [PolicyRef]) policies!: PolicyRef[];
  @Field(() => [ControlRef]) controls!: ControlRef[];
  @Field(() => [Obligation], { description: "What is left for the customer to do." })
  obligations!: Obligation[];
  @Field(() => [Source]) sources!: Source[];
  @Field({ description: "Plain sentences a compliance officer could paste into an audit answer." })
  explanation!: string;
  @Field(() => [DerivedLink], {
    description:
      "For a HITRUST control: the HIPAA rules its status comes from, each with the policies the link was derived from.",
  })
  related!: DerivedLink[];
  @Field(() => String, {
    nullable: true,
    description: "The customer the answer is tailored to; null for the template.",
  })
  customer!: string | null;
}

@ObjectType({ description: "One requirement's row of a customer responsibility matrix." })
export class MatrixRow {
  @Field(() => RequirementRef) requirement!: RequirementRef;
  @Field(() => InheritanceStatus) status!: InheritanceStatus;
  @Field(() => StatusBasis) basis!: StatusBasis;
  @Field(() => Responsibility) aptible!: Responsibility;
  @Field(() => Responsibility) luma!: Responsibility;
  @Field(() => Responsibility) customer!: Responsibility;
  @Field(() => [Party]) riskBearers!: Party[];
  @Field(() => [PolicyRef]) policies!: PolicyRef[];
  @Field(() => [Obligation]) obligations!: Obligation[];
  @Field(() => ConditionAnswer, { nullable: true }) condition!: ConditionAnswer | null;
}

@ObjectType()
export class StatusTotal {
  @Field(() => InheritanceStatus) status!: InheritanceStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: "Every requirement of a framework, one row each, with each party's responsibility.",
})
export class ResponsibilityMatrix {
  @Field() framework!: string;
  @Field(() => String, { nullable: true, description: "null for the customer template." }) customer!:
    string | null;
  @Field(() => String, { nullable: true }) customerName!: string | null;
  @Field(() => [MatrixRow]) rows!: MatrixRow[];
  @Field(() => [StatusTotal]) totals!: StatusTotal[];
}
