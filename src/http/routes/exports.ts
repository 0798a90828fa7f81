// GET /matrix.csv and /matrix.md (?customer=ID&framework=HIPAA): the responsibility matrix as files.
// Errors answer with the same codes as GraphQL, as JSON, never a stack trace.
import { Router, type Express, type Request, type RequestHandler, type Response } from "express";
import { Access } from "../../auth/access.js";
import { AppError, ErrorCode } from "../../errors.js";
import type { Logger } from "../../logger.js";
import { renderMatrix, type ExportFormat } from "../../modules/matrix/matrix.export.js";
import type { Services } from "../../services.js";
import { principalOf } from "../authenticate.js";
import { sendAppError, sendError } from "../respond.js";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string")
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${name}: give it once, as text`);
  return value;
}

/** Mounts the exports behind `guard` (readiness, then authentication: the same keys and rules as GraphQL). */
export function mountExports(app: Express, services: Services, log: Logger, guard: RequestHandler[]): void {
  app.use(["/matrix.csv", "/matrix.md"], ...guard);
  app.use(exportsRouter(services, log));
}

function exportsRouter(services: Services, log: Logger): Router {
  const router = Router();
  for (const format of ["csv", "md"] as const) {
    router.get(`/matrix.${format}`, async (req: Request, res: Response) => {
      try {
        const customer = single(req, "customer") ?? null;
        new Access(principalOf(res)).readCustomer(customer);
        const framework = single(req, "framework") ?? "HIPAA";
        const matrix = await services.inheritance.responsibilityMatrix(customer, framework);
        const name = `responsibility-matrix-${matrix.framework.toLowerCase()}-${customer ?? "template"}.${format}`;
        res
          .status(200)
          .type(CONTENT_TYPES[format])
          .set("Content-Disposition", `inline; filename="${name}"`)
          .send(renderMatrix(matrix, format));
      } catch (error) {
        if (error instanceof AppError) return sendAppError(res, error);
        log.error({ err: error }, "matrix export failed");
        sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, "Internal error");
      }
    });
  }
  return router;
}
