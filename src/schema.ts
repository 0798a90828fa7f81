import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ApiKeyResolver } from "./modules/api-key/api-key.resolver.js";
import { AttestationResolver } from "./modules/attestation/attestation.resolver.js";
import { AuditResolver } from "./modules/audit/audit.resolver.js";
import { ControlResolver } from "./modules/control/control.resolver.js";
import { CustomerResolver } from "./modules/customer/customer.resolver.js";
import { FindingsResolver } from "./modules/findings/findings.resolver.js";
import { GraphEditResolver } from "./modules/graph-edit/graph-edit.resolver.js";
import { InheritanceResolver } from "./modules/inheritance/inheritance.resolver.js";
import { PartyResolver } from "./modules/party/party.resolver.js";
import { PolicyResolver } from "./modules/policy/policy.resolver.js";
import { RequirementResolver } from "./modules/requirement/requirement.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";

export const RESOLVERS = [
  ApiKeyResolver,
  AttestationResolver,
  AuditResolver,
  ControlResolver,
  CustomerResolver,
  FindingsResolver,
  GraphEditResolver,
  InheritanceResolver,
  PartyResolver,
  PolicyResolver,
  RequirementResolver,
  SearchResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // class-validator on every input; never echo the input back in errors.
    validate: { forbidUnknownValues: true, validationError: { target: false, value: false } },
  });
}
