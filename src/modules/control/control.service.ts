import type { Public } from "../../db/repository.js";
import { notFound } from "../../errors.js";
import type { ControlRepository } from "./control.repository.js";
import type { Control } from "./control.type.js";

export class ControlService {
  constructor(private readonly controls: Public<ControlRepository>) {}

  async control(id: string, version: string): Promise<Control> {
    const control = await this.controls.findControl(id, version);
    if (!control) throw notFound(`id: no control "${id}" in policy set ${version}`, { argument: "id" });
    return control;
  }
}
