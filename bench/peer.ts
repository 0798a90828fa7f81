// The peer: @neo4j/graphql 7 over the same Neo4j, serving the part of our graph the nested read
// touches (requirements, the policies addressing them, the controls satisfying them, the parties
// operating those). Same HTTP stack as ours (express 5, Apollo 5, JSON body), so the comparison is
// between the two ways of turning GraphQL into Cypher, not between web frameworks.
//
// The peer is a devDependency used only here: the API never loads it.
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import { createServer } from "node:http";
import neo4j, { type AuthToken, type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { listen } from "./listen.js";

/** The labels, properties and relationships exactly as the seed loader writes them. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Requirement @node {
    uid: ID!
    citation: String!
    sortKey: String!
    title: String!
    framework: String!
    kind: String!
    policies: [Policy!]! @relationship(type: "ADDRESSES", direction: IN)
    controls: [Control!]! @relationship(type: "SATISFIES", direction: IN)
  }

  type Policy @node {
    uid: ID!
    number: Int!
    title: String!
    version: String!
    addresses: [Requirement!]! @relationship(type: "ADDRESSES", direction: OUT)
  }

  type Control @node {
    uid: ID!
    id: String!
    name: String!
    operator: String!
    version: String!
    operatedBy: [Party!]! @relationship(type: "OPERATES", direction: IN)
    satisfies: [Requirement!]! @relationship(type: "SATISFIES", direction: OUT)
  }

  type Party @node {
    uid: ID!
    id: String!
    name: String!
    role: String!
    operates: [Control!]! @relationship(type: "OPERATES", direction: OUT)
  }
`;

export interface PeerServer {
  url: string;
  /** Cypher statements the peer has run, counted at its driver. */
  roundTrips(): number;
  stop(): Promise<void>;
}

export async function startPeerServer(options: {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}): Promise<PeerServer> {
  const auth: AuthToken =
    options.password === undefined
      ? { scheme: "none", principal: "", credentials: "" }
      : neo4j.auth.basic(options.user, options.password);
  const driver = neo4j.driver(options.uri, auth, { userAgent: "compliance-graph-bench-peer" });
  const counter = { statements: 0 };
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: countingDriver(driver, counter) });
  const httpServer = createServer();
  const apollo = new ApolloServer({
    schema: await neoSchema.getSchema(),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      // @neo4j/graphql reads the database name from the context's sessionConfig.
      context: () => Promise.resolve({ sessionConfig: { database: options.database } }),
    }),
  );
  httpServer.on("request", app);
  const url = await listen(httpServer);
  return {
    url,
    roundTrips: () => counter.statements,
    async stop() {
      await apollo.stop();
      httpServer.close();
      await driver.close();
    },
  };
}

/**
 * The same driver, counting every tx.run of the managed transactions @neo4j/graphql opens (its only
 * way of sending Cypher), as our Database counts its own.
 */
function countingDriver(driver: Driver, counter: { statements: number }): Driver {
  const countTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === "run")
          return (...args: Parameters<ManagedTransaction["run"]>) => {
            counter.statements += 1;
            return target.run(...args);
          };
        return bound(target, prop);
      },
    });
  const countSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
            target[prop]((tx) => work(countTx(tx)), config);
        }
        return bound(target, prop);
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === "session")
        return (...args: Parameters<Driver["session"]>) => countSession(target.session(...args));
      return bound(target, prop);
    },
  });
}

function bound(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}
