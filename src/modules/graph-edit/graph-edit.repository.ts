import { Repository, statement, type Tx } from "../../db/repository.js";

export interface ControlCheckRow {
  exists: boolean;
  policyFound: boolean;
  partyFound: boolean;
  /** Uids among `reliesOn` with no control. */
  unknownControls: string[];
}

export interface ControlUidRow {
  uid: string;
}

export interface LinkedRow {
  existed: boolean;
}

export interface ResolvedRequirementRow {
  id: string;
  uid: string;
}

export interface StatusRow {
  /** The rows that covered the requirement before. */
  before: Array<{ uid: string; row: number; table: string; status: string }>;
  row: { uid: string; row: number; table: string; status: string; capability: string | null };
}

export interface NewControl {
  uid: string;
  props: {
    id: string;
    name: string;
    description: string;
    version: string;
    operator: string;
    sourceDocuments: string[];
    sourceSections: string[];
    sourceLocators: string[];
    reason: string;
  };
  operator: string;
  version: string;
  policy: number;
  section: string;
  /** Requirement uids. */
  satisfies: string[];
  /** Control uids. */
  reliesOn: string[];
}

export interface NewStatus {
  requirement: string;
  version: string;
  uid: string;
  status: string;
  capability: string | null;
  props: {
    table: string;
    ruleAsWritten: string;
    controlAsWritten: string;
    inheritedAsWritten: string;
    notes: string[];
    sourceDocument: string;
    sourceSection: string;
  };
}

export const GRAPH_EDIT_STATEMENTS = {
  checkControl: statement<ControlCheckRow>()("graph-edit/check-control", [
    "exists",
    "policyFound",
    "partyFound",
    "unknownControls",
  ]),
  addControl: statement<ControlUidRow>()("graph-edit/add-control", ["uid"]),
  linkControl: statement<LinkedRow>()("graph-edit/link-control", ["existed"]),
  resolveRequirements: statement<ResolvedRequirementRow>()("graph-edit/resolve-requirements", ["id", "uid"]),
  setStatus: statement<StatusRow>()("graph-edit/set-status", ["before", "row"]),
};

export class GraphEditRepository extends Repository {
  /** What adding a control needs to know first. Always one row. */
  async checkControl(
    tx: Tx,
    params: { uid: string; version: string; policy: number; operator: string; reliesOn: string[] },
  ): Promise<ControlCheckRow | undefined> {
    const [row] = await this.read(GRAPH_EDIT_STATEMENTS.checkControl, { ...params }, tx);
    return row;
  }

  async addControl(tx: Tx, control: NewControl): Promise<void> {
    await this.write(tx, GRAPH_EDIT_STATEMENTS.addControl, { ...control });
  }

  /** Links control to requirement (uids); undefined: no such control. */
  async linkControl(
    tx: Tx,
    params: { control: string; requirement: string; reason: string; at: string },
  ): Promise<LinkedRow | undefined> {
    const [row] = await this.write(tx, GRAPH_EDIT_STATEMENTS.linkControl, { ...params });
    return row;
  }

  /** Requirement uids by canonical citation or alias; an unknown one is absent from the map. */
  async resolveRequirements(ids: readonly string[], tx?: Tx): Promise<Map<string, string>> {
    const rows = await this.read(GRAPH_EDIT_STATEMENTS.resolveRequirements, { ids }, tx);
    return new Map(rows.map((r) => [r.id, r.uid]));
  }

  async setStatus(tx: Tx, status: NewStatus): Promise<StatusRow | undefined> {
    const [row] = await this.write(tx, GRAPH_EDIT_STATEMENTS.setStatus, { ...status });
    return row;
  }
}
