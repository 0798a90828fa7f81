// The only reader of process.env. Every variable is validated once at start-up; a wrong value stops
// start-up with one line that names the variable (see ConfigError and src/index.ts).
import { z } from "zod";

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce
  .number({ message: "must be a port number" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");

const positiveInt = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .positive("must be positive");

const neo4jUri = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return NEO4J_SCHEMES.includes(url.protocol.replace(/:$/, "")) && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
  {
    message: `must be a URI such as bolt://localhost:7687 or neo4j://host:7687 (schemes: ${NEO4J_SCHEMES.join(", ")})`,
  },
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1, "must not be empty").default("neo4j"),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1, "must not be empty").default(".neo4j-local/dev"),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP_MB: positiveInt.default(512),
  CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
  SEED_ON_START: bool.default(true),
  ANONYMOUS_READ: bool.default(true),
  API_KEY_CACHE_MS: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .default(5_000),
  GRAPHIQL: bool.default(true),
  INTROSPECTION: bool.default(true),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  readonly env: "development" | "production" | "test";
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly neo4j: {
    /** Set when an external server is used; undefined means "start the local embedded Neo4j". */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string | undefined;
    readonly database: string;
    readonly txTimeoutMs: number;
  };
  readonly localNeo4j: { readonly dataDir: string; readonly boltPort: number; readonly heapMb: number };
  readonly seedOnStart: boolean;
  readonly auth: {
    /** Requests without a key may read the public catalogue; false answers them 401. */
    readonly anonymousRead: boolean;
    /** How long a verified key is trusted without asking Neo4j again (0: ask every time). */
    readonly keyCacheMs: number;
  };
  readonly graphiql: boolean;
  readonly introspection: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable} ${reason}`);
    this.name = "ConfigError";
  }
}

/** Options given in code override the environment (tests use this); both go through the same checks. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<keyof Env, string>> = {},
): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = overrides[key as keyof Env] ?? env[key];
    // An empty variable means "not set", as in most shells' `VAR= cmd`.
    input[key] = value === undefined || value === "" ? undefined : value;
  }
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const got = input[variable];
    throw new ConfigError(
      variable,
      `${issue?.message ?? "is invalid"}${got === undefined ? "" : ` (got "${got}")`}`,
    );
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.CYPHER_TIMEOUT_MS,
    }),
    localNeo4j: Object.freeze({
      dataDir: e.NEO4J_LOCAL_DATA_DIR,
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      heapMb: e.NEO4J_LOCAL_HEAP_MB,
    }),
    seedOnStart: e.SEED_ON_START,
    auth: Object.freeze({ anonymousRead: e.ANONYMOUS_READ, keyCacheMs: e.API_KEY_CACHE_MS }),
    graphiql: e.GRAPHIQL,
    introspection: e.INTROSPECTION,
  });
}
