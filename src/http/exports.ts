// GET /matrix.csv and /matrix.md (?customer=ID&framework=HIPAA): the responsibility matrix as files.
// Errors answer with the same codes as GraphQL, as JSON, never a stack trace.
import { Router, type Request, type Response } from "express";
import { AppError, ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import { renderMatrix, type ExportFormat } from "../modules/matrix/matrix.export.js";
import type { Services } from "../services.js";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string")
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${name}: give it once, as text`);
  return value;
}

export function exportsRouter(services: Services, log: Logger): Router {
  const router = Router();
  for (const format of ["csv", "md"] as const) {
    router.get(`/matrix.${format}`, async (req: Request, res: Response) => {
      try {
        const customer = single(req, "customer") ?? null;
        const framework = single(req, "framework") ?? "HIPAA";
        const matrix = await services.inheritance.responsibilityMatrix(customer, framework);
        const name = `responsibility-matrix-${matrix.framework.toLowerCase()}-${customer ?? "template"}.${format}`;
        res
          .status(200)
          .type(CONTENT_TYPES[format])
          .set("Content-Disposition", `inline; filename="${name}"`)
          .send(renderMatrix(matrix, format));
      } catch (error) {
        if (error instanceof AppError) {
          res
            .status(HTTP_STATUS[error.code] ?? 500)
            .json({ errors: [{ message: error.message, extensions: error.extensions }] });
          return;
        }
        log.error({ err: error }, "matrix export failed");
        res.status(500).json({
          errors: [{ message: "Internal error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
        });
      }
    });
  }
  return router;
}
