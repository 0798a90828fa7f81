// Builds the express app from its routes (src/http/routes/): GET /healthz, GET /graphiql, the exports
// (GET /matrix.csv, /matrix.md), POST /graphql, then what answers when none of them does. Nothing here
// reads process.env; everything comes from Config.
import express, { type Express, type RequestHandler } from "express";
import type { Server } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config.js";
import type { Context } from "../context.js";
import type { Database } from "../db/database.js";
import { ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Services } from "../services.js";
import { authenticate } from "./authenticate.js";
import { sendError } from "./respond.js";
import { mountExports } from "./routes/exports.js";
import { mountFallback } from "./routes/fallback.js";
import { mountGraphiql } from "./routes/graphiql.js";
import { mountGraphql } from "./routes/graphql.js";
import { mountHealth } from "./routes/health.js";

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
  const app = express();
  app.disable("x-powered-by");
  mountHealth(app, db, readiness);
  if (config.graphiql) mountGraphiql(app);
  // What answers from the graph: nothing while it is half prepared (a valid rule would look unknown
  // while the seed loads), and the same keys and rules for GraphQL and the exports.
  const guard = [whenReady(readiness), authenticate(services.apiKeys, config.auth)];
  mountExports(app, services, log, guard);
  const apollo = await mountGraphql(app, { config, schema, services, log, httpServer, guard });
  mountFallback(app, log);
  return { app, apollo };
}

function whenReady(readiness: Readiness): RequestHandler {
  return (_req, res, next) => {
    if (readiness.ready) return next();
    sendError(res, ErrorCode.SERVICE_UNAVAILABLE, "The graph is being prepared; try again shortly.");
  };
}
