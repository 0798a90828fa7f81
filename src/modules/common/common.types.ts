// Types shared by several modules. Nested objects are "refs": small summaries that come from the same
// Cypher query as their parent, so every root field costs one round trip; follow a ref with its own
// root field (requirement, policy, control, party) to go deeper.
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  REQUIREMENT_KINDS,
  STATUSES,
  graphqlEnum,
  type RequirementKind as VocabularyRequirementKind,
  type Status,
} from "../../vocabulary.js";

export const InheritanceStatus = graphqlEnum(STATUSES);
export type InheritanceStatus = Status;
registerEnumType(InheritanceStatus, {
  name: "InheritanceStatus",
  description:
    "What Luma's HIPAA inheritance table says of a requirement (Yes, Partially, No, Yes (optional)).",
  valuesConfig: {
    INHERITED: { description: "Yes: Luma manages it for customers, owns it and carries its risk." },
    SHARED: { description: "Partially: Luma and the customer each own and carry the risk of their part." },
    NOT_INHERITED: { description: "No (or no row at all): the customer owns it and carries its risk." },
    CONDITIONAL: {
      description: "Yes (optional): Luma when the customer uses the optional capability, else the customer.",
    },
  },
});

export const RequirementKind = graphqlEnum(REQUIREMENT_KINDS);
export type RequirementKind = VocabularyRequirementKind;
registerEnumType(RequirementKind, {
  name: "RequirementKind",
  description:
    "HIPAA standards and implementation specifications; HITECH provisions are standards; HITRUST CSF entries are controls.",
});

@ObjectType({
  description:
    "Where a fact comes from: a document of the policy set (or the CFR), its section, the policy-set version.",
})
export class Source {
  @Field() document!: string;
  @Field() section!: string;
  @Field(() => String, {
    nullable: true,
    description: "Policy-set version, e.g. 2021-03; null for the regulation itself.",
  })
  version!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Where in the section ("para 2", "list item 3", "Technical Safeguards table, row 2"); null where not recorded.',
  })
  locator?: string | null;
}

@ObjectType({
  description: "A requirement in summary: follow `citation` with the `requirement` query for the rest.",
})
export class RequirementRef {
  @Field({ description: "Canonical citation: 164.308(a)(4)(ii)(C), HITECH 13402(d)(1), HITRUST 01.d." })
  citation!: string;
  @Field() title!: string;
  @Field({ description: "HIPAA, HITECH or HITRUST." }) framework!: string;
  @Field(() => RequirementKind) kind!: RequirementKind;
}

@ObjectType({
  description: "A document of the policy set in summary: follow `number` with the `policy` query.",
})
export class PolicyRef {
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field() version!: string;
}

@ObjectType({ description: "A control in summary: follow `id` with the `control` query." })
export class ControlRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { description: "Id of the party that operates it: aptible, luma or customer." })
  operator!: string;
}

@ObjectType({
  description:
    "One of the three parties: aptible (hosting platform), luma (service provider), customer (the template every clinic starts from).",
})
export class Party {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: "PLATFORM_PROVIDER, SERVICE_PROVIDER or COVERED_ENTITY." }) role!: string;
  @Field() description!: string;
}

@ObjectType({
  description: "Why an obligation's wording is the project's reading, and the other plausible one.",
})
export class ObligationReading {
  @Field() reasoning!: string;
  @Field(() => String, { nullable: true }) alternative!: string | null;
}

@ObjectType({ description: "Something a clinic must do itself, written as an action." })
export class Obligation {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field({
    description:
      "Why it falls to the customer: NOT_INHERITED, SHARED, CONDITIONAL, or DOCUMENT (stated outright).",
  })
  basis!: string;
  @Field(() => String, {
    nullable: true,
    description: "Capability id: the obligation lapses for customers who use it.",
  })
  unlessUses!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Capability id: the obligation applies only to customers who use it.",
  })
  ifUses!: string | null;
  @Field(() => ObligationReading, {
    nullable: true,
    description:
      "Present when the action is the project's reading of its source rather than the source's own words.",
  })
  reading?: ObligationReading | null;
  @Field(() => Source) source!: Source;
}

@ObjectType({
  description:
    "A HITRUST control and a HIPAA rule cited by the same policies: a derived link (no official HITRUST mapping is claimed).",
})
export class DerivedLink {
  @Field(() => RequirementRef) requirement!: RequirementRef;
  @Field(() => [PolicyRef], { description: "The policies the link was derived from." })
  policies!: PolicyRef[];
}

@ObjectType({ description: "Where a page ends: pass endCursor as `after` for the next one." })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
