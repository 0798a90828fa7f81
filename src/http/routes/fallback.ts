// What answers when no route does: 404 for an unknown path, and express's last resort for errors
// (malformed JSON, oversized bodies and the like), answered without a stack trace. Mounted last.
import type { Express, NextFunction, Request, Response } from "express";
import { ErrorCode } from "../../errors.js";
import type { Logger } from "../../logger.js";
import { sendError } from "../respond.js";

export function mountFallback(app: Express, log: Logger): void {
  app.use((_req, res) => {
    res.status(404).json({ error: { code: "NOT_FOUND", message: "No such route" } });
  });
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
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
}
