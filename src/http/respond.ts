// Errors outside GraphQL (authentication, readiness, exports) answer in GraphQL's shape, with the same
// codes and an HTTP status that matches them.
import type { Response } from "express";
import { clipMessage, ErrorCode, type AppError } from "../errors.js";

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

export function sendError(res: Response, code: ErrorCode | string, message: string, status?: number): void {
  send(res, status ?? HTTP_STATUS[code as ErrorCode] ?? 500, message, { code });
}

export function sendAppError(res: Response, error: AppError): void {
  send(res, HTTP_STATUS[error.code] ?? 500, clipMessage(error.message), error.extensions);
}

function send(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  if (status === 401) res.set("WWW-Authenticate", 'Bearer realm="compliance-graph"');
  res.status(status).json({ errors: [{ message, extensions }] });
}
