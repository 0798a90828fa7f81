import { Repository, statement } from "../../db/repository.js";
import type { Control } from "./control.type.js";

export interface ControlRow {
  control: Control;
}

export const CONTROL_STATEMENTS = {
  find: statement<ControlRow>()("control/find", ["control"]),
};

export class ControlRepository extends Repository {
  async findControl(id: string, version: string): Promise<Control | undefined> {
    const [row] = await this.read(CONTROL_STATEMENTS.find, { id, version });
    return row?.control;
  }
}
