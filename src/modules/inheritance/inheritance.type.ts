import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  BASIS_KINDS,
  CLAIM_ABOUTS,
  CONTROL_VIAS,
  RESPONSIBILITIES,
  STATUS_BASES,
  graphqlEnum,
  type BasisKind as VocabularyBasisKind,
  type ClaimAbout as VocabularyClaimAbout,
  type ControlVia as VocabularyControlVia,
  type Responsibility as VocabularyResponsibility,
  type StatusBasis as VocabularyStatusBasis,
} from "../../vocabulary.js";
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
import { StepAgreement } from "../party/party.type.js";

export const Responsibility = graphqlEnum(RESPONSIBILITIES);
export type Responsibility = VocabularyResponsibility;
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

export const StatusBasis = graphqlEnum(STATUS_BASES);
export type StatusBasis = VocabularyStatusBasis;
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

export const ControlVia = graphqlEnum(CONTROL_VIAS);
export type ControlVia = VocabularyControlVia;
registerEnumType(ControlVia, {
  name: "ControlVia",
  description: "How a control reaches an answer.",
  valuesConfig: {
    REQUIREMENT: { description: "It satisfies the requirement itself." },
    STANDARD: {
      description: "It satisfies the requirement's standard (rule CONTROLS_OF_STANDARD_AND_SPECIFICATIONS).",
    },
    SPECIFICATION: {
      description:
        "It satisfies one of the requirement's implementation specifications (rule CONTROLS_OF_STANDARD_AND_SPECIFICATIONS).",
    },
    RELIANCE: { description: "A control of the answer relies on it (rule RELIANCE_KEEPS_ACCOUNTABILITY)." },
  },
});

export const ClaimAbout = graphqlEnum(CLAIM_ABOUTS);
export type ClaimAbout = VocabularyClaimAbout;
registerEnumType(ClaimAbout, { name: "ClaimAbout", description: "What part of an answer a claim makes." });

export const BasisKind = graphqlEnum(BASIS_KINDS);
export type BasisKind = VocabularyBasisKind;
registerEnumType(BasisKind, {
  name: "BasisKind",
  description: "What a claim rests on.",
  valuesConfig: {
    STATEMENT: {
      description: "A statement of a document: document, section, version and where in the section.",
    },
    RULE: { description: "A named rule of the domain (see `domainRules`)." },
    READING: {
      description:
        "The project's reading where the documents leave something open, with its reasoning and the other plausible reading.",
    },
    CUSTOMER_CHOICE: {
      description: "A choice the customer recorded (an optional capability it uses or not).",
    },
  },
});

@ObjectType({ description: "A named rule of the domain that derives what no single statement says." })
export class DomainRule {
  @Field(() => ID) id!: string;
  @Field() text!: string;
}

@ObjectType({ description: "Where a document says otherwise than a reading the project relies on." })
export class Tension {
  @Field() note!: string;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({
  description:
    "A reading the documents leave open, recorded as the project's: never presented as a document's.",
})
export class Interpretation {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field() reading!: string;
  @Field() reasoning!: string;
  @Field(() => String, { nullable: true, description: "The other plausible reading." }) alternative!:
    string | null;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Tension, {
    nullable: true,
    description:
      "A document that makes the option a duty: shown to customers who do not take it, and a finding.",
  })
  tension?: Tension | null;
}

@ObjectType({ description: "One basis of a claim; the field of its kind is set, the others are null." })
export class ClaimBasis {
  @Field(() => BasisKind) kind!: BasisKind;
  @Field(() => Source, { nullable: true }) source!: Source | null;
  @Field(() => DomainRule, { nullable: true }) rule!: DomainRule | null;
  @Field(() => Interpretation, { nullable: true }) reading!: Interpretation | null;
  @Field(() => String, { nullable: true, description: "CUSTOMER_CHOICE: the capability id." }) capability!:
    string | null;
  @Field(() => Boolean, { nullable: true, description: "CUSTOMER_CHOICE: whether the customer uses it." })
  used!: boolean | null;
}

@ObjectType({
  description:
    "One part of an answer (an owner, an operator, a control, a chain step, ...) with what it rests on. A part with no basis is not claimed.",
})
export class Claim {
  @Field(() => ClaimAbout) about!: ClaimAbout;
  @Field({
    description:
      "What it is about: a party id, control id, policy number, obligation id, capability id or citation.",
  })
  subject!: string;
  @Field({ description: "The claim in one sentence, naming only documents its bases hold." })
  sentence!: string;
  @Field(() => [ClaimBasis]) bases!: ClaimBasis[];
}

@ObjectType({ description: "A control in an answer, with how it reaches the answer and what says so." })
export class AnswerControl {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { description: "Id of the party that operates it." }) operator!: string;
  @Field(() => ControlVia) via!: ControlVia;
  @Field(() => [ID], { description: "For a control reached by reliance: the controls that rely on it." })
  reliedOnBy!: string[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "A party's part in one requirement." })
export class PartyResponsibility {
  @Field(() => Party) party!: Party;
  @Field(() => Responsibility) responsibility!: Responsibility;
}

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
  @Field(() => Interpretation, {
    nullable: true,
    description: "The table names no option: the project's reading that this capability is it.",
  })
  interpretation!: Interpretation | null;
}

@ObjectType({
  description:
    "One link of the inheritance chain customer <- Luma <- Aptible, with the controls that carry it.",
})
export class InheritanceStep extends StepAgreement {
  @Field(() => Party) party!: Party;
  @Field(() => Party, {
    nullable: true,
    description: "The provider this party inherits from here; null where it keeps the requirement itself.",
  })
  inheritsFrom!: Party | null;
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
  @Field(() => [Party], {
    description:
      "Who runs the controls of the answer, whatever the status (the party of each control in `controls`).",
  })
  operators!: Party[];
  @Field(() => [PartyResponsibility], {
    description: "Each party's part, farthest provider first, customer last.",
  })
  responsibilities!: PartyResponsibility[];
  @Field(() => [InheritanceStep]) chain!: InheritanceStep[];
  @Field(() => [PolicyRef]) policies!: PolicyRef[];
  @Field(() => [AnswerControl], {
    description:
      "The controls that satisfy the requirement, its standard or its specifications, and those they rely on.",
  })
  controls!: AnswerControl[];
  @Field(() => [Obligation], { description: "What is left for the customer to do." })
  obligations!: Obligation[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => [Claim], { description: "Every part of the answer with its basis." }) claims!: Claim[];
  @Field({
    description:
      "Plain sentences written from the claims: what the table says, what other documents say, and what is the project's reading, kept apart.",
  })
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
  @Field(() => Responsibility, { deprecationReason: "Parties are data: use `responsibilities`." })
  aptible!: Responsibility;
  @Field(() => Responsibility, { deprecationReason: "Parties are data: use `responsibilities`." })
  luma!: Responsibility;
  @Field(() => Responsibility, { deprecationReason: "Parties are data: use `responsibilities`." })
  customer!: Responsibility;
  @Field(() => [PartyResponsibility], {
    description: "Each party's part, farthest provider first, customer last.",
  })
  responsibilities!: PartyResponsibility[];
  @Field(() => [Party]) owners!: Party[];
  @Field(() => [Party]) operators!: Party[];
  @Field(() => [AnswerControl]) controls!: AnswerControl[];
  @Field(() => [Claim]) claims!: Claim[];
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
