// Turns the Authorization header into the request's Principal (res.locals.principal) before GraphQL
// or an export runs. No header: anonymous, when ANONYMOUS_READ allows it. A header that is not a
// valid key is refused outright (401), never downgraded to anonymous.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ApiKeyService } from "../auth/api-keys.js";
import { ANONYMOUS, type Principal } from "../auth/principal.js";
import { AppError, ErrorCode } from "../errors.js";
import { sendAppError, sendError } from "./respond.js";

export function authenticate(keys: ApiKeyService, options: { anonymousRead: boolean }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get("authorization");
    if (header === undefined) {
      if (options.anonymousRead) {
        res.locals.principal = ANONYMOUS;
        return next();
      }
      return sendError(
        res,
        ErrorCode.UNAUTHENTICATED,
        "This server does not answer anonymous requests: send an API key as `Authorization: Bearer <key>`.",
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      return sendError(res, ErrorCode.UNAUTHENTICATED, "The Authorization header must read `Bearer <key>`.");
    }
    keys.verify(match[1] as string).then(
      (principal: Principal) => {
        res.locals.principal = principal;
        next();
      },
      (error: unknown) => {
        if (error instanceof AppError) return sendAppError(res, error);
        next(error);
      },
    );
  };
}

export function principalOf(res: Response): Principal {
  return (res.locals.principal as Principal | undefined) ?? ANONYMOUS;
}
