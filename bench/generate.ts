// A deterministic synthetic graph for the scale runs: the real seed plus (factor - 1) synthetic
// "copies", each about the size of the real graph (a framework with standards and specifications,
// its policies, inheritance rows, controls, obligations, statements and two customers). The result
// has the SeedGraph shape readSeedGraph returns, so the real loader code path is what gets measured.
//
// What is shared and what is not, on purpose:
// - Every copy has its own framework, requirement citations and policy-set version ("syn-0007"), so
//   uids never collide with the real data and the real answers (164.312(b) in 2021-03) are the same at
//   every size: the benchmark asks the same question of a bigger graph.
// - Copies reuse the real parties (Aptible, Luma and the customer template operate their controls,
//   customers start from the template) and the real capabilities, because those are global by nature:
//   a bigger deployment has more controls per party, not more Lumas. Queries that walk from a party
//   therefore see their degree grow with the graph, which is what a scale test should expose.
// - Copy k is generated from its own seed, so the 10x graph is a subset of the 100x graph.
import type { Props, SeedGraph, SeedLabel, SeedRelType } from "../src/seed/seed-graph.js";
import { citationSortKey } from "../src/citations/sort-key.js";

/** Per copy, close to the real seed's counts (see the unit test), so factor N is about N x the real graph. */
export const COPY_SHAPE = {
  standards: 30,
  specifications: 86,
  aliases: 9,
  policies: 23,
  addressesExtra: 0.2,
  mentions: 60,
  inheritanceRows: 23,
  controls: 65,
  aptibleControls: 15,
  satisfiesPerControl: 3,
  reliesOn: 29,
  obligations: 104,
  topics: 69,
  statements: 133,
  customers: 2,
} as const;

const SAFEGUARDS = ["ADMINISTRATIVE", "PHYSICAL", "TECHNICAL", "ORGANIZATIONAL"] as const;
const STATUSES = ["INHERITED", "SHARED", "NOT_INHERITED"] as const;
/** Compliance vocabulary, so that full-text search finds synthetic text as it would find real text. */
const WORDS = [
  "access",
  "audit",
  "backup",
  "breach",
  "contingency",
  "control",
  "data",
  "device",
  "disposal",
  "emergency",
  "encryption",
  "evaluation",
  "facility",
  "incident",
  "integrity",
  "key",
  "keys",
  "log",
  "management",
  "media",
  "monitoring",
  "password",
  "patch",
  "recovery",
  "review",
  "risk",
  "sanction",
  "security",
  "training",
  "transmission",
  "vendor",
  "workforce",
] as const;

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real graph plus (factor - 1) synthetic copies; factor 1 returns the real graph's batches as they are. */
export function scaledGraph(real: SeedGraph, factor: number): SeedGraph {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a whole number >= 1`);
  const graph: SeedGraph = {
    nodes: new Map([...real.nodes].map(([label, rows]) => [label, [...rows]])),
    rels: new Map([...real.rels].map(([type, rows]) => [type, [...rows]])),
    files: [...real.files],
  };
  const shared = sharedUids(real);
  for (let copy = 1; copy < factor; copy++) addCopy(graph, copy, shared);
  return graph;
}

/** Nodes plus relationships in a graph's batches (before derived links): the loader's input size. */
export function elementCount(graph: SeedGraph): number {
  let count = 0;
  for (const rows of graph.nodes.values()) count += rows.length;
  for (const rows of graph.rels.values()) count += rows.length;
  return count;
}

interface Shared {
  aptible: string;
  luma: string;
  template: string;
  capabilities: string[];
}

/** The real parties and capabilities the copies attach to; fails loudly if the seed no longer has them. */
function sharedUids(real: SeedGraph): Shared {
  const parties = new Set((real.nodes.get("Party") ?? []).map((p) => p.uid));
  for (const id of ["aptible", "luma", "customer"])
    if (!parties.has(id))
      throw new Error(`the seed has no party "${id}" for synthetic controls to attach to`);
  const capabilities = (real.nodes.get("Capability") ?? []).map((c) => c.uid).sort();
  if (capabilities.length === 0) throw new Error("the seed has no capabilities");
  return { aptible: "aptible", luma: "luma", template: "customer", capabilities };
}

function addCopy(graph: SeedGraph, copy: number, shared: Shared): void {
  const random = prng(0x5eed0000 + copy);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const title = (n: number): string => {
    const text = words(n);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const k = String(copy).padStart(4, "0");
  const framework = `SYN${k}`;
  const version = `syn-${k}`;
  const node = (label: SeedLabel, uid: string, props: Props): void =>
    push(graph.nodes, label, { uid, props });
  const rel = (type: SeedRelType, from: string, to: string, props: Props = {}): void =>
    push(graph.rels, type, { from, to, props });
  const source = (section: string): Props => ({
    sourceDocument: `${framework} text`,
    sourceSection: section,
  });

  node("Framework", framework, { id: framework, name: `Synthetic framework ${copy}`, ...source("1") });

  // Requirements: standards, then specifications spread over them (PART_OF their standard).
  const standards: string[] = [];
  const requirements: string[] = [];
  const requirement = (citation: string, props: Props): void => {
    node("Requirement", citation, {
      id: citation,
      citation,
      sortKey: citationSortKey(citation),
      framework,
      section: framework,
      aliases: [],
      aliasNotes: null,
      ...source(citation),
      ...props,
    });
    rel("IN_FRAMEWORK", citation, framework);
    requirements.push(citation);
  };
  for (let s = 1; s <= COPY_SHAPE.standards; s++) {
    const citation = `${framework} ${s}`;
    standards.push(citation);
    requirement(citation, {
      title: title(3),
      kind: "STANDARD",
      safeguard: pick(SAFEGUARDS),
      designation: null,
    });
  }
  const specsPer = new Map<string, number>();
  for (let i = 0; i < COPY_SHAPE.specifications; i++) {
    const standard = standards[i % standards.length] as string;
    const n = (specsPer.get(standard) ?? 0) + 1;
    specsPer.set(standard, n);
    const citation = `${standard}(${n})`;
    requirement(citation, {
      title: title(4),
      kind: "IMPLEMENTATION_SPECIFICATION",
      safeguard: pick(SAFEGUARDS),
      designation: random() < 0.5 ? "REQUIRED" : "ADDRESSABLE",
    });
    rel("PART_OF", citation, standard);
  }
  for (let a = 0; a < COPY_SHAPE.aliases; a++) {
    const alias = `${standards[a]} (whole)`;
    node("CitationAlias", alias, { citation: alias, note: "synthetic alias" });
    rel("ALIAS_OF", alias, standards[a] as string);
  }

  // Policies of this copy's policy-set version: each requirement addressed once (some twice), plus mentions.
  const policies: string[] = [];
  for (let n = 1; n <= COPY_SHAPE.policies; n++) {
    const uid = `${version}:${n}`;
    const name = `${title(2)} Policy`;
    policies.push(uid);
    node("Policy", uid, {
      number: n,
      title: name,
      file: `${String(n).padStart(2, "0")}-synthetic_policy.md`,
      kind: "POLICY",
      version,
      sourceDocument: `${String(n).padStart(2, "0")}-synthetic_policy.md`,
      sourceSection: name,
    });
  }
  const citationProps = (citation: string, context: string): Props => ({
    citedAs: [citation],
    sections: [`${context} section`],
    notes: [],
    contexts: [context],
    derive: true,
    version,
  });
  const linked = new Set<string>();
  const link = (type: SeedRelType, from: string, to: string, props: Props): void => {
    const key = `${type} ${from} ${to}`;
    if (linked.has(key)) return; // one relationship per pair of ends, as the loader would make of repeats
    linked.add(key);
    rel(type, from, to, props);
  };
  for (const r of requirements) {
    link("ADDRESSES", pick(policies), r, citationProps(r, "APPLICABLE_STANDARDS"));
    if (random() < COPY_SHAPE.addressesExtra)
      link("ADDRESSES", pick(policies), r, citationProps(r, "APPLICABLE_STANDARDS"));
  }
  for (let m = 0; m < COPY_SHAPE.mentions; m++) {
    const r = pick(requirements);
    link("MENTIONS", pick(policies), r, citationProps(r, "TABLE"));
  }

  // The inheritance table: one row per standard for the first rows, one CONDITIONAL row per capability.
  for (let row = 1; row <= COPY_SHAPE.inheritanceRows; row++) {
    const uid = `${version}:row-${row}`;
    const conditional = row <= shared.capabilities.length - 1;
    const status = conditional ? "CONDITIONAL" : pick(STATUSES);
    node("InheritanceRow", uid, {
      row,
      table: "Synthetic Controls",
      ruleAsWritten: standards[row - 1] as string,
      controlAsWritten: "Synthetic Policy",
      inheritedAsWritten: status,
      status,
      notes: [],
      version,
      ...source(`row ${row}`),
    });
    rel("COVERS", uid, standards[row - 1] as string);
    if (row === 1) rel("COVERS", uid, standards[COPY_SHAPE.inheritanceRows] as string);
    link("NAMES", uid, pick(policies), {});
    if (row % 2 === 0) link("NAMES", uid, pick(policies), {});
    if (conditional) rel("DEPENDS_ON", uid, shared.capabilities[row - 1] as string);
  }

  // Controls operated by the real parties, defined in a policy, satisfying a few requirements.
  const aptibleControls: string[] = [];
  const lumaControls: string[] = [];
  for (let c = 1; c <= COPY_SHAPE.controls; c++) {
    const operator = c <= COPY_SHAPE.aptibleControls ? shared.aptible : shared.luma;
    const id = `${operator}-synthetic-${c}`;
    const uid = `${version}:${id}`;
    (operator === shared.aptible ? aptibleControls : lumaControls).push(uid);
    const document = `${String(1 + int(COPY_SHAPE.policies)).padStart(2, "0")}-synthetic_policy.md`;
    node("Control", uid, {
      id,
      name: title(3),
      description: `${title(12)}.`,
      version,
      operator,
      sourceDocuments: [document, document],
      sourceSections: ["1. Purpose", "2. Procedure"],
    });
    rel("OPERATES", operator, uid, { version });
    rel("DEFINED_IN", uid, pick(policies), { section: "2. Procedure" });
    for (let s = 0; s < COPY_SHAPE.satisfiesPerControl; s++) link("SATISFIES", uid, pick(requirements), {});
  }
  for (let i = 0; i < COPY_SHAPE.reliesOn; i++)
    link("RELIES_ON", lumaControls[i % lumaControls.length] as string, pick(aptibleControls), {});

  // Obligations left to customers, some of them conditional on a capability.
  for (let o = 1; o <= COPY_SHAPE.obligations; o++) {
    const uid = `${version}:obligation-${o}`;
    const stated = pick(policies);
    node("Obligation", uid, {
      id: `obligation-${o}`,
      action: `${title(8)}`,
      basis: pick(["NOT_INHERITED", "SHARED", "DOCUMENT"]),
      version,
      ...source(`obligation ${o}`),
    });
    link("APPLIES_TO", uid, pick(requirements), {});
    if (o % 2 === 0) link("APPLIES_TO", uid, pick(requirements), {});
    rel("STATED_IN", uid, stated, { section: "3. Customer responsibilities" });
    if (o <= 2) rel(o === 1 ? "UNLESS_USES" : "IF_USES", uid, shared.capabilities[0] as string);
    if (o > 2 && o <= 4) rel(o === 3 ? "UNLESS_USES" : "IF_USES", uid, pick(shared.capabilities));
  }

  // Topics with the values documents state about them (the contradiction findings read these).
  for (let t = 1; t <= COPY_SHAPE.topics; t++) {
    const topic = `${version}:topic-${t}`;
    node("Topic", topic, { id: `topic-${t}`, question: `${title(5)}?`, version });
    // Two statements for the first topics, one for the rest: COPY_SHAPE.statements in all.
    const statements = t <= COPY_SHAPE.statements - COPY_SHAPE.topics ? 2 : 1;
    for (let s = 1; s <= statements; s++) {
      const uid = `${topic}/${s}`;
      node("Statement", uid, {
        value: `${1 + int(30)} days`,
        party: pick([shared.aptible, shared.luma]),
        version,
        ...source(`statement ${t}.${s}`),
      });
      rel("ABOUT", uid, topic);
      rel("MADE_IN", uid, pick(policies), { section: "4. Timelines" });
    }
  }

  // Customers: the template plus their own choices.
  for (let c = 1; c <= COPY_SHAPE.customers; c++) {
    const uid = `synthetic-clinic-${k}-${c}`;
    node("Customer", uid, { id: uid, name: `Synthetic Clinic ${copy}.${c}`, notes: null });
    rel("STARTS_FROM", uid, shared.template);
    const uses = shared.capabilities.filter((_, i) => (i + c) % 2 === 0);
    for (const capability of uses) rel("USES", uid, capability);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const rows = map.get(key);
  if (rows) rows.push(value);
  else map.set(key, [value]);
}
