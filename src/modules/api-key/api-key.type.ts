import { IsIn, IsOptional, Length } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ROLES, type Role } from "../../auth/principal.js";
import { IsSlug, MAX_NAME } from "../common/inputs.js";

export enum ApiKeyRole {
  ADMIN = "admin",
  AUDITOR = "auditor",
  CUSTOMER = "customer",
}
registerEnumType(ApiKeyRole, {
  name: "ApiKeyRole",
  description:
    "What a key may do: ADMIN changes anything, AUDITOR reads everything, CUSTOMER its own customer.",
});

@ObjectType({ description: "An API key, without its secret (which is shown once, at creation)." })
export class ApiKey {
  @Field(() => ID, { description: "Public id: the second part of cgk_<id>_<secret>." }) id!: string;
  @Field(() => ApiKeyRole) role!: Role;
  @Field(() => ID, { nullable: true, description: "The customer a CUSTOMER key is bound to." })
  customerId!: string | null;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) revokedAt!: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field({ description: "The key itself. It is not stored and cannot be shown again." }) key!: string;
  @Field(() => ApiKey) apiKey!: ApiKey;
}

@ObjectType({ description: "Who the API takes the caller to be, from the Authorization header." })
export class Viewer {
  @Field({ description: "admin, auditor, customer, or anonymous (no key)." }) role!: string;
  @Field(() => ID, { nullable: true }) keyId!: string | null;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ApiKeyRole)
  @IsIn([...ROLES])
  role!: Role;

  @Field(() => ID, { nullable: true, description: "Required for a CUSTOMER key, refused for the others." })
  @IsOptional()
  @IsSlug("customer", 1)
  customer?: string | null;

  @Field(() => String, { nullable: true, description: "A note to recognise the key by in lists." })
  @IsOptional()
  @Length(1, MAX_NAME)
  label?: string | null;
}
