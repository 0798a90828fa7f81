// POST /graphql: Apollo Server over the type-graphql schema, behind the guard createApp gives it
// (readiness, then authentication), with the query limits and the error masking of src/errors.ts.
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { Access } from "../../auth/access.js";
import type { Config } from "../../config.js";
import type { Context } from "../../context.js";
import { createFormatError } from "../../errors.js";
import type { Logger } from "../../logger.js";
import type { Services } from "../../services.js";
import { principalOf } from "../authenticate.js";
import { queryLimitRules } from "../query-limits.js";

export interface GraphqlRoute {
  config: Config;
  schema: GraphQLSchema;
  services: Services;
  log: Logger;
  httpServer: Server;
  /** Runs before the body is parsed: refuses requests the API must not answer yet, or at all. */
  guard: RequestHandler[];
}

/** Starts Apollo and mounts it; the caller stops it (which drains the HTTP server). */
export async function mountGraphql(app: Express, route: GraphqlRoute): Promise<ApolloServer<Context>> {
  const { config, schema, services, log, httpServer } = route;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // src/index.ts owns SIGINT/SIGTERM (drain, close the driver, stop Neo4j); Apollo's own handlers
    // would race it and leave the drain waiting.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules(),
    formatError: createFormatError(log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No field sets a cache hint and no cache reads one; the default cache-control plugin would still
      // wrap every field's resolver to compute a policy nobody uses.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestIdPlugin(),
    ],
  });
  await apollo.start();
  app.use(
    "/graphql",
    ...route.guard,
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const principal = principalOf(res);
        const requestId = randomUUID();
        return Promise.resolve({
          requestId,
          services,
          access: new Access(principal),
          actor: { principal, via: "api" as const, requestId },
        });
      },
    }),
  );
  return apollo;
}

/** Puts the request id on every error, so a client can quote it and the log can be searched for it. */
function requestIdPlugin() {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: (ctx: {
          contextValue: Context;
          errors: readonly { extensions: Record<string, unknown> }[];
        }) => {
          for (const error of ctx.errors) error.extensions.requestId = ctx.contextValue.requestId;
          return Promise.resolve();
        },
      }),
  };
}
