// Limits on what one GraphQL document may ask for, checked before anything runs: nesting depth,
// aliases (each aliased root field is a Cypher round trip) and a static cost. Breaches are validation
// errors: HTTP 400 with GRAPHQL_VALIDATION_FAILED. Introspection (GraphiQL's schema query) is exempt
// from the depth limit; INTROSPECTION=false turns it off altogether.
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

/**
 * Our deepest legitimate query (requirements -> edges -> node -> citations -> policy -> number) has depth 6;
 * the cost rule multiplies by `first`: a full 200-row page with every Requirement field costs about 25,000.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 50_000 } as const;

/**
 * graphql-armor's rules throw on a breach by default, which Apollo answers with a 500; reported
 * through the validation context instead, a breach is an ordinary validation error (400). Their
 * messages start with a misleading "Syntax Error: ", which is dropped.
 */
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""))),
  ],
};

export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...report }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...report }),
  ];
}
