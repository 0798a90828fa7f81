// One enum of error codes, one error class that sets extensions.code, and formatError, which masks
// everything a client should not see (Cypher, stack traces, driver messages) behind a request id.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";

export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  /** What a mutation would create exists already. */
  CONFLICT = "CONFLICT",
  /** A Cypher transaction ran past CYPHER_TIMEOUT_MS and was rolled back. */
  TIMEOUT = "TIMEOUT",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Codes that graphql-js / Apollo produce themselves and whose messages are safe to show. */
const SAFE_FRAMEWORK_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
]);

/** The message of anything thrown, for one-line reports in CLIs and logs. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = "AppError";
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details);

export const notFound = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.NOT_FOUND, message, details);

export function serviceUnavailable(): AppError {
  return new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    "The graph database is not reachable right now; try again shortly.",
  );
}

/** Concurrent writers kept colliding after every retry: safe to send again. */
export function busy(): AppError {
  return new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    "The database is busy with other changes to the same data; nothing was changed, try again.",
  );
}

export function timedOut(limitMs: number): AppError {
  return new AppError(
    ErrorCode.TIMEOUT,
    `The request took longer than the ${limitMs} ms limit and was cancelled; nothing was changed.`,
  );
}

export const unauthenticated = (message: string): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const conflict = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.CONFLICT, message, details);

export const forbidden = (message: string): AppError => new AppError(ErrorCode.FORBIDDEN, message);

/** A double-quoted value (escapes allowed) longer than 80 characters; its first 80 are kept. */
const QUOTED_TOO_LONG = /"((?:[^"\\]|\\.){80})(?:[^"\\]|\\.)+"/g;
const MAX_MESSAGE = 600;

/**
 * Keeps a message short whatever the input was: graphql-js repeats invalid variable values in full,
 * and an error must not echo a 100 kB body back (or fill the log with it).
 */
export function clipMessage(message: string): string {
  const clipped = message.replace(QUOTED_TOO_LONG, (_all, head: string) => `"${head}…"`);
  return clipped.length > MAX_MESSAGE ? `${clipped.slice(0, MAX_MESSAGE)}…` : clipped;
}

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * Builds Apollo's formatError. Known errors pass with their code; anything else is logged in full
 * (with the request id that the client also sees) and replaced by a generic message.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: clipMessage(original.message),
        path: formatted.path,
        extensions: { ...original.extensions },
      };
    }
    const validation = validationErrorOf(original);
    if (validation)
      return {
        message: clipMessage(validation),
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && SAFE_FRAMEWORK_CODES.has(code)) {
      return {
        message: clipMessage(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const requestId = formatted.extensions?.requestId;
    log.error(
      { err: original, path: formatted.path, requestId },
      "unexpected error while resolving a request",
    );
    return {
      message: "Internal error; the server log has the details.",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
    };
  };
}

/** type-graphql's ArgumentValidationError, reduced to the constraint messages (never the input value). */
function validationErrorOf(error: unknown): string | undefined {
  if (!(error instanceof ArgumentValidationError)) return undefined;
  const details = error.extensions.validationErrors;
  const messages: string[] = [];
  const collect = (items: unknown, prefix: string): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as Array<{
      property?: string;
      constraints?: Record<string, string>;
      children?: unknown;
    }>) {
      const name = prefix ? `${prefix}.${item.property ?? "?"}` : (item.property ?? "?");
      for (const message of Object.values(item.constraints ?? {})) messages.push(`${name}: ${message}`);
      collect(item.children, name);
    }
  };
  collect(details, "");
  return `Invalid input. ${messages.length ? messages.join("; ") : error.message}`;
}
