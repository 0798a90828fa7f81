import { IsOptional, Length, Max, Min } from "class-validator";
import { GraphQLJSON } from "graphql-scalars";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../common/common.types.js";
import { MAX_NAME } from "../common/inputs.js";

export const MAX_AUDIT_PAGE = 200;

@ObjectType({ description: "Who made a change." })
export class AuditActor {
  @Field({ description: "admin, customer (the roles that may change anything)." }) role!: string;
  @Field(() => ID, { nullable: true, description: "The API key's id; null for the command line." })
  keyId!: string | null;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field({ description: "api or cli." }) via!: string;
}

@ObjectType({
  description: "One change, recorded in the same transaction as the change itself. Events are never edited.",
})
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field({ description: "When (ISO-8601, UTC)." }) at!: string;
  @Field({ description: "customer.create, customer.update, attestation.record, control.add, ..." })
  action!: string;
  @Field({ description: "What changed, as kind:id." }) target!: string;
  @Field(() => ID, { nullable: true, description: "The customer whose data changed, if any." })
  customerId!: string | null;
  @Field(() => String, { nullable: true, description: "The reason or source given with the change." })
  reason!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: "The changed thing before (null: it is new)." })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: "The changed thing after." })
  after!: unknown;
  @Field(() => AuditActor) actor!: AuditActor;
  @Field(() => String, { nullable: true, description: "The request id, to find it in the server log." })
  requestId!: string | null;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: "Events matching the filters, on every page." }) totalCount!: number;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_AUDIT_PAGE}.` })
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  @IsOptional()
  @Length(1, 400)
  after?: string | null;

  @Field(() => String, { nullable: true, description: "Only this action (customer.update, ...)." })
  @IsOptional()
  @Length(1, MAX_NAME)
  action?: string | null;

  @Field(() => ID, { nullable: true, description: "Only changes to this customer's data." })
  @IsOptional()
  @Length(1, MAX_NAME)
  customer?: string | null;

  @Field(() => ID, { nullable: true, description: "Only changes made with this API key." })
  @IsOptional()
  @Length(1, MAX_NAME)
  keyId?: string | null;
}
