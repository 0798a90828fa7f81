// The facts query names each control and obligation by id in every requirement it concerns and sends
// their fields once (a matrix names the same control in many rows); this joins them back into the
// RequirementFacts the rules read. Pure, so the matrix, a single answer and the requirement view
// share it.
import type {
  ObligationFacts,
  ControlFacts,
  PolicyRef,
  ReliedControl,
  SourceRef,
  CitingPolicy,
} from "./inheritance.rules.js";

/** A control of a requirement's scope, as the facts query names it (fragment scope-controls). */
export interface ControlLink {
  id: string;
  via: ControlFacts["via"];
  satisfies: string;
  /** One entry per reliance path: the control relied on and the one relying on it directly. */
  reliesOn: Array<{ id: string; by: string }>;
}
/** A control's own fields (fragment control-fields). */
export interface ControlFields {
  id: string;
  name: string;
  operator: string;
  policy: PolicyRef | null;
  sources: SourceRef[];
}

export function joinControls(links: ControlLink[], fields: ControlFields[]): ControlFacts[] {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const field = (id: string): ControlFields => {
    const found = byId.get(id);
    if (!found) throw new Error(`the facts name control "${id}" without its fields`);
    return found;
  };
  return links.map((link) => {
    const relied = new Map<string, ReliedControl>();
    for (const { id, by } of link.reliesOn) {
      const entry = relied.get(id) ?? {
        id,
        name: field(id).name,
        operator: field(id).operator,
        by: [],
        sources: field(id).sources,
      };
      if (!entry.by.includes(by)) entry.by.push(by);
      relied.set(id, entry);
    }
    const { name, operator, policy, sources } = field(link.id);
    return {
      id: link.id,
      name,
      operator,
      via: link.via,
      satisfies: link.satisfies,
      reliesOn: [...relied.values()].sort((a, b) => a.id.localeCompare(b.id)),
      policy,
      sources,
    };
  });
}

export function joinObligations(ids: string[], obligations: ObligationFacts[]): ObligationFacts[] {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  return ids.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`the facts name obligation "${id}" without its fields`);
    return found;
  });
}

/** One entry per policy: the facts query sends one per policy and cited requirement. */
export function mergeCitingPolicies(links: CitingPolicy[]): CitingPolicy[] {
  const merged = new Map<number, CitingPolicy>();
  for (const p of links) {
    const known = merged.get(p.number);
    if (!known) merged.set(p.number, { ...p, cites: [...p.cites], sources: [...p.sources] });
    else {
      for (const c of p.cites) if (!known.cites.includes(c)) known.cites.push(c);
      known.sources.push(...p.sources);
    }
  }
  return [...merged.values()];
}
