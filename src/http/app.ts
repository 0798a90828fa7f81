// Builds the express app: POST /graphql (Apollo), GET /healthz, GET /graphiql, and the exports.
// Nothing here reads process.env; everything comes from Config.
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import { Access } from "../auth/access.js";
import type { Config } from "../config.js";
import type { Context } from "../context.js";
import type { Database } from "../db/database.js";
import { createFormatError, ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Services } from "../services.js";
import { authenticate, principalOf } from "./authenticate.js";
import { EXAMPLE_OPERATIONS } from "./examples.js";
import { exportsRouter } from "./exports.js";
import { graphiqlRouter } from "./graphiql.js";
import { queryLimitRules } from "./query-limits.js";
import { sendError } from "./respond.js";

/** Whether the graph is prepared (constraints, seed); until then the API answers 503. */
export interface Readiness {
  ready: boolean;
}

export interface AppParts {
  config: Config;
  db: Database;
  schema: GraphQLSchema;
  services: Services;
  log: Logger;
  httpServer: Server;
  readiness?: Readiness;
}

export async function createApp(parts: AppParts): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { config, db, schema, services, log, httpServer } = parts;
  const readiness = parts.readiness ?? { ready: true };
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

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    try {
      await db.ping();
      if (readiness.ready) res.status(200).json({ status: "ok", neo4j: "up" });
      else
        res.status(503).json({
          status: "starting",
          neo4j: "up",
          reason: "The graph is being prepared (constraints, seed)",
        });
    } catch {
      res.status(503).json({
        status: "unavailable",
        neo4j: "down",
        reason: "Neo4j does not answer at the configured URI",
      });
    }
  });
  if (config.graphiql) app.use(graphiqlRouter({ examples: EXAMPLE_OPERATIONS, graphqlPath: "/graphql" }));
  // Nothing answers from a half-prepared graph: a valid rule would look unknown while the seed loads.
  const answering = ["/graphql", "/matrix.csv", "/matrix.md"];
  app.use(answering, (_req, res, next) => {
    if (readiness.ready) return next();
    sendError(res, ErrorCode.SERVICE_UNAVAILABLE, "The graph is being prepared; try again shortly.");
  });
  // The same keys and rules for GraphQL and the exports.
  app.use(answering, authenticate(services.apiKeys, config.auth));
  app.use(exportsRouter(services, log));
  app.use(
    "/graphql",
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
  app.use((_req, res) => {
    res.status(404).json({ error: { code: "NOT_FOUND", message: "No such route" } });
  });
  // express's last resort: malformed JSON, oversized bodies and the like, answered without a stack trace.
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) log.error({ err: error }, "unhandled HTTP error");
      const message =
        error.type === "entity.parse.failed"
          ? "The request body is not valid JSON"
          : error.type === "entity.too.large"
            ? "The request body is too large"
            : status === 500
              ? "Internal error"
              : "Bad request";
      sendError(res, status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : "BAD_REQUEST", message, status);
    },
  );
  return { app, apollo };
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
