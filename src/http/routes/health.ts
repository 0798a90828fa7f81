// GET /healthz: 200 once Neo4j answers and the graph is prepared; 503 with the reason otherwise.
import type { Express } from "express";
import type { Database } from "../../db/database.js";
import type { Readiness } from "../app.js";

export function mountHealth(app: Express, db: Database, readiness: Readiness): void {
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
}
