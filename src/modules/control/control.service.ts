import type { Database } from "../../db/database.js";
import { notFound } from "../../errors.js";
import type { Control } from "./control.type.js";

export class ControlService {
  constructor(private readonly db: Database) {}

  async control(id: string, version: string): Promise<Control> {
    const [row] = await this.db.read("control/find", { id, version });
    if (!row) throw notFound(`id: no control "${id}" in policy set ${version}`, { argument: "id" });
    return row.control as Control;
  }
}
