// Reads seed/ into node and relationship batches, resolving every reference (citations through the
// catalogue and its aliases, policy numbers, parties, capabilities). Any problem stops here, with the
// file and the entry named, before anything is written.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { CitationParseError, parseCitation } from "../citations/citation.js";
import { citationSortKey } from "../citations/sort-key.js";
import { entryProperties, type NodeProps, type RelProps, type SeedLabel, type SeedRelType } from "../graph/model.js";
import { projectRoot } from "../paths.js";
import {
  catalogueFileSchema,
  controlsFileSchema,
  customersFileSchema,
  findingsFileSchema,
  hitrustFileSchema,
  inheritanceFileSchema,
  obligationsFileSchema,
  partiesFileSchema,
  policiesFileSchema,
  statementsFileSchema,
} from "./seed.schema.js";

export type { SeedLabel, SeedRelType } from "../graph/model.js";

export type Props = Record<string, string | number | boolean | string[] | number[] | null>;
export interface NodeRow {
  uid: string;
  props: Props;
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}

/** The seed as rows per label and per relationship type, both as declared in src/graph/model.ts. */
export interface SeedGraph {
  nodes: Map<SeedLabel, NodeRow[]>;
  rels: Map<SeedRelType, RelRow[]>;
  files: string[];
}

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${file}: ${entry ? `${entry}: ` : ""}${reason}`);
    this.name = "SeedError";
  }
}

export const defaultSeedDir = join(projectRoot, "seed");

/** Version-scoped entities share one id space per version: "2021-03:aptible-backups". */
export const scoped = (version: string, id: string | number): string => `${version}:${id}`;

export function readSeedGraph(seedDir: string = defaultSeedDir): SeedGraph {
  return new SeedReader(seedDir).read();
}

class SeedReader {
  private readonly graph: SeedGraph = { nodes: new Map(), rels: new Map(), files: [] };
  /** Canonical citations and aliases, to the requirement id they stand for. */
  private readonly citations = new Map<string, string>();
  private readonly parties = new Set<string>();
  private readonly capabilities = new Set<string>();
  private readonly interpretations = new Map<string, z.infer<typeof partiesFileSchema>["interpretations"][number]>();
  /** The party every customer starts from: the covered entity of the policy sets. */
  private customerTemplate: string | undefined;
  private readonly uids = new Map<SeedLabel, Set<string>>();

  constructor(private readonly dir: string) {}

  read(): SeedGraph {
    const catalogue = join(this.dir, "catalogue");
    for (const file of yamlFiles(catalogue)) this.catalogue(file);
    for (const version of versionDirs(this.dir)) this.policySet(join(this.dir, version));
    this.checkOtherVersionSources();
    for (const file of yamlFiles(join(this.dir, "customers"))) this.customers(file);
    if (this.graph.files.length === 0) throw new SeedError(this.name(this.dir), "", "no seed files found");
    return this.graph;
  }

  private catalogue(file: string): void {
    const data = this.load(file, catalogueFileSchema);
    const fw = data.framework;
    this.node(file, "framework", "Framework", fw.id, { id: fw.id, name: fw.name, ...source(fw.source) });
    data.requirements.forEach((r, i) => {
      const at = `requirements[${i}]`;
      const citation = this.canonical(file, `${at}.citation`, r.citation, true);
      this.node(file, at, "Requirement", citation, {
        id: citation,
        citation,
        sortKey: citationSortKey(citation),
        title: r.title,
        framework: fw.id,
        kind: r.kind,
        safeguard: r.safeguard,
        designation: r.designation ?? null,
        section: citation.replace(/^HITECH /, "").replace(/\(.*$/, ""),
        aliases: r.aliases ?? [],
        aliasNotes: r.alias_notes ?? null,
        ...source(r.source),
        ...entryValues("Requirement", r),
      });
      this.citations.set(citation, citation);
      (r.aliases ?? []).forEach((spelling, k) => {
        const alias = this.canonical(file, `${at}.aliases[${k}]`, spelling, false);
        this.citations.set(alias, citation);
        this.node(file, `${at}.aliases[${k}]`, "CitationAlias", alias, { citation: alias, note: r.alias_notes ?? null });
        this.rel("ALIAS_OF", alias, citation, {});
      });
      this.rel("IN_FRAMEWORK", citation, fw.id, {});
    });
    // Specifications point at their standard once every entry of the file is known.
    data.requirements.forEach((r, i) => {
      const at = `requirements[${i}]`;
      if (r.kind === "IMPLEMENTATION_SPECIFICATION") {
        if (!r.standard) throw new SeedError(this.name(file), at, "an implementation specification needs its standard");
        if (!r.designation) throw new SeedError(this.name(file), at, "an implementation specification needs REQUIRED or ADDRESSABLE");
        const standard = this.requirement(file, `${at}.standard`, r.standard);
        this.rel("PART_OF", this.requirement(file, `${at}.citation`, r.citation), standard, {});
      } else if (r.standard || r.designation) {
        throw new SeedError(this.name(file), at, "a standard takes neither `standard` nor `designation`");
      }
    });
  }

  private policySet(dir: string): void {
    const file = (name: string): string | undefined => (existsSync(join(dir, name)) ? join(dir, name) : undefined);
    const read = <S extends z.ZodType>(name: string, schema: S): [string, z.infer<S>] | undefined => {
      const path = file(name);
      if (!path) return undefined;
      const data = this.load(path, schema);
      const version = (data as { version?: string }).version;
      if (version !== basename(dir)) {
        throw new SeedError(this.name(path), "version", `is "${version}" but the file lives in ${basename(dir)}/`);
      }
      return [path, data];
    };
    const hitrust = read("hitrust-controls.yaml", hitrustFileSchema);
    if (hitrust) this.hitrust(...hitrust);
    const policies = read("policies.yaml", policiesFileSchema);
    const parties = read("parties.yaml", partiesFileSchema);
    if (parties) this.partiesFile(...parties);
    if (policies) this.policies(...policies);
    const inheritance = read("inheritance.yaml", inheritanceFileSchema);
    if (inheritance) this.inheritance(...inheritance);
    const controls = read("controls.yaml", controlsFileSchema);
    if (controls) this.controls(...controls);
    const obligations = read("obligations.yaml", obligationsFileSchema);
    if (obligations) this.obligations(...obligations);
    const statements = read("statements.yaml", statementsFileSchema);
    if (statements) this.statements(...statements);
    const findings = read("findings.yaml", findingsFileSchema);
    if (findings) this.findings(...findings);
  }

  private hitrust(file: string, data: z.infer<typeof hitrustFileSchema>): void {
    this.node(file, "framework", "Framework", "HITRUST", {
      id: "HITRUST",
      name: data.framework.name,
      sourceDocument: null,
      sourceSection: null,
    });
    data.controls.forEach((c, i) => {
      const at = `controls[${i}]`;
      const citation = hitrustCitation(c.id);
      const flags = c.flags ?? [];
      this.node(file, at, "Requirement", citation, {
        id: citation,
        citation,
        sortKey: citationSortKey(citation),
        title: c.name,
        framework: "HITRUST",
        kind: "CONTROL",
        safeguard: null,
        designation: null,
        section: c.id.slice(0, 2),
        aliases: [],
        aliasNotes: null,
        sourceDocument: null,
        sourceSection: null,
        version: data.version,
        flagKinds: flags.map((f) => f.kind),
        flagNotes: flags.map((f) => f.note),
        flagSources: flags.map((f) => `${f.source.document} § ${f.source.section}`),
      });
      this.citations.set(citation, citation);
      this.rel("IN_FRAMEWORK", citation, "HITRUST", {});
    });
  }

  private policies(file: string, data: z.infer<typeof policiesFileSchema>): void {
    const { version } = data;
    data.documents.forEach((d, i) => {
      const at = `documents[${i}]`;
      const uid = scoped(version, d.number);
      this.node(file, at, "Policy", uid, {
        number: d.number,
        title: d.title,
        file: d.file,
        kind: d.kind,
        version,
        sourceDocument: d.file,
        sourceSection: d.title,
      });
      // Applicable Standards entries say the policy addresses the rule; table rows and inline
      // mentions are kept as MENTIONS, so a policy's "addresses" list is exactly its own list.
      const links = new Map<
        string,
        {
          type: "ADDRESSES" | "MENTIONS";
          citedAs: string[];
          sections: string[];
          notes: string[];
          contexts: string[];
          derive: boolean;
        }
      >();
      d.hipaa.forEach((entry, j) => {
        const type = entry.context === "APPLICABLE_STANDARDS" ? "ADDRESSES" : "MENTIONS";
        for (const [k, c] of entry.citations.entries()) {
          const target = this.requirement(file, `${at}.hipaa[${j}].citations[${k}]`, c);
          const key = `${type} ${target}`;
          const link = links.get(key) ?? { type, citedAs: [], sections: [], notes: [], contexts: [], derive: true };
          link.citedAs.push(entry.cited_as);
          link.sections.push(entry.section);
          if (entry.note) link.notes.push(entry.note);
          link.contexts.push(entry.context);
          link.derive &&= entry.derive;
          links.set(key, link);
        }
      });
      for (const [key, { type, ...link }] of links) this.rel(type, uid, key.slice(type.length + 1), { ...link, version });
      d.hitrust.forEach((entry, j) => {
        const target = this.hitrustControl(file, `${at}.hitrust[${j}].id`, entry.id);
        this.rel("ADDRESSES", uid, target, {
          citedAs: [entry.cited_as],
          sections: [entry.section],
          notes: entry.note ? [entry.note] : [],
          version,
        });
      });
      this.documents.set(`${version}/${d.file}`, uid);
    });
  }

  private readonly documents = new Map<string, string>();

  /** The Policy uid of a source document, or undefined for sources outside the policy set (the CFR). */
  private documentUid(version: string, document: string): string | undefined {
    return this.documents.get(`${version}/${document}`);
  }

  private policy(file: string, at: string, version: string, number: number): string {
    const uid = scoped(version, number);
    if (!this.uids.get("Policy")?.has(uid)) throw new SeedError(this.name(file), at, `no document number ${number} in ${version}`);
    return uid;
  }

  private partiesFile(file: string, data: z.infer<typeof partiesFileSchema>): void {
    data.parties.forEach((p, i) => {
      this.node(file, `parties[${i}]`, "Party", p.id, { id: p.id, name: p.name, role: p.role, description: p.description, ...source(p.source) });
      this.parties.add(p.id);
    });
    data.inherits.forEach((h, i) => {
      for (const party of [h.party, h.from]) {
        if (!this.parties.has(party)) throw new SeedError(this.name(file), `inherits[${i}]`, `unknown party "${party}"`);
      }
      if (h.agreement === null && !h.agreement_note) {
        throw new SeedError(this.name(file), `inherits[${i}]`, "an inheritance step without an agreement says why in `agreement_note`");
      }
      this.rel("INHERITS_FROM", h.party, h.from, {
        agreement: h.agreement,
        agreementNote: h.agreement_note ?? null,
        ...sourceLists(h.sources),
        ...prefixed("risk", sourceLists(h.risk_sources)),
        version: data.version,
      });
    });
    const covered = this.partyWithRole(data, "COVERED_ENTITY");
    if (covered === undefined) throw new SeedError(this.name(file), "parties", "no party has the role COVERED_ENTITY (the customer template)");
    this.customerTemplate = covered;
    data.interpretations.forEach((r) => this.interpretations.set(`${data.version}:${r.id}`, r));
    data.capabilities.forEach((c, i) => {
      this.node(file, `capabilities[${i}]`, "Capability", c.id, {
        id: c.id,
        name: c.name,
        description: c.description,
        defaultForTemplate: c.default_for_template,
        ...source(c.source),
      });
      this.capabilities.add(c.id);
    });
  }

  private partyWithRole(data: z.infer<typeof partiesFileSchema>, role: string): string | undefined {
    return data.parties.find((p) => p.role === role)?.id;
  }

  private inheritance(file: string, data: z.infer<typeof inheritanceFileSchema>): void {
    const { version } = data;
    data.rows.forEach((r, i) => {
      const at = `rows[${i}]`;
      const uid = scoped(version, `row-${r.row}`);
      if ((r.status === "CONDITIONAL") !== (r.condition !== undefined)) {
        throw new SeedError(this.name(file), at, "a CONDITIONAL row, and only such a row, names its `condition`");
      }
      if (r.interpretation !== undefined && r.condition === undefined) {
        throw new SeedError(this.name(file), at, "an `interpretation` reads a row's `condition`: name the condition too");
      }
      const reading = r.interpretation === undefined ? undefined : this.interpretations.get(`${version}:${r.interpretation}`);
      if (r.interpretation !== undefined && reading === undefined) {
        throw new SeedError(this.name(file), `${at}.interpretation`, `unknown interpretation "${r.interpretation}" (parties.yaml)`);
      }
      this.node(file, at, "InheritanceRow", uid, {
        interpretationId: reading?.id ?? null,
        interpretationQuestion: reading?.question ?? null,
        interpretationReading: reading?.reading ?? null,
        interpretationReasoning: reading?.reasoning ?? null,
        interpretationAlternative: reading?.alternative ?? null,
        ...prefixed("interpretation", sourceLists(reading?.sources ?? [])),
        interpretationTension: reading?.tension?.note ?? null,
        ...prefixed("tension", sourceLists(reading?.tension?.sources ?? [])),
        row: r.row,
        table: r.table,
        ruleAsWritten: r.rule_as_written,
        controlAsWritten: r.control_as_written,
        inheritedAsWritten: r.inherited_as_written,
        status: r.status,
        notes: r.notes ?? [],
        version,
        ...source(r.source),
      });
      r.requirements.forEach((c, k) => this.rel("COVERS", uid, this.requirement(file, `${at}.requirements[${k}]`, c), {}));
      r.policies.forEach((n, k) => this.rel("NAMES", uid, this.policy(file, `${at}.policies[${k}]`, version, n), {}));
      if (r.condition) this.rel("DEPENDS_ON", uid, this.capability(file, `${at}.condition`, r.condition), {});
    });
  }

  private controls(file: string, data: z.infer<typeof controlsFileSchema>): void {
    const { version } = data;
    const ids = new Set(data.controls.map((c) => c.id));
    data.controls.forEach((c, i) => {
      const at = `controls[${i}]`;
      const uid = scoped(version, c.id);
      this.requireParty(file, `${at}.operator`, c.operator);
      this.node(file, at, "Control", uid, {
        id: c.id,
        name: c.name,
        description: c.description,
        version,
        operator: c.operator,
        ...sourceLists(c.sources),
      });
      this.rel("OPERATES", c.operator, uid, { version });
      this.rel("DEFINED_IN", uid, this.policy(file, `${at}.defined_in.policy`, version, c.defined_in.policy), {
        section: c.defined_in.section,
      });
      c.satisfies.forEach((s, k) => this.rel("SATISFIES", uid, this.requirement(file, `${at}.satisfies[${k}]`, s), {}));
      (c.hitrust ?? []).forEach((h, k) => this.rel("SATISFIES", uid, this.hitrustControl(file, `${at}.hitrust[${k}]`, h), {}));
      (c.relies_on ?? []).forEach((other, k) => {
        if (!ids.has(other)) throw new SeedError(this.name(file), `${at}.relies_on[${k}]`, `unknown control "${other}"`);
        this.rel("RELIES_ON", uid, scoped(version, other), {});
      });
    });
  }

  private obligations(file: string, data: z.infer<typeof obligationsFileSchema>): void {
    const { version } = data;
    data.obligations.forEach((o, i) => {
      const at = `obligations[${i}]`;
      const uid = scoped(version, o.id);
      this.node(file, at, "Obligation", uid, {
        id: o.id,
        action: o.action,
        basis: o.basis,
        version,
        readingReasoning: o.reading?.reasoning ?? null,
        readingAlternative: o.reading?.alternative ?? null,
        ...source(o.source),
      });
      o.applies_to.forEach((c, k) => this.rel("APPLIES_TO", uid, this.requirement(file, `${at}.applies_to[${k}]`, c), {}));
      if (o.when_capability_unused) {
        this.rel("UNLESS_USES", uid, this.capability(file, `${at}.when_capability_unused`, o.when_capability_unused), {});
      }
      if (o.when_capability_used) {
        this.rel("IF_USES", uid, this.capability(file, `${at}.when_capability_used`, o.when_capability_used), {});
      }
      const doc = this.documentUid(version, o.source.document);
      if (doc) this.rel("STATED_IN", uid, doc, { section: o.source.section });
    });
  }

  private statements(file: string, data: z.infer<typeof statementsFileSchema>): void {
    const { version } = data;
    data.topics.forEach((t, i) => {
      const at = `topics[${i}]`;
      const topic = scoped(version, t.id);
      this.node(file, at, "Topic", topic, { id: t.id, question: t.question, version });
      t.statements.forEach((s, k) => {
        const uid = `${topic}/${k + 1}`;
        if (s.party) this.requireParty(file, `${at}.statements[${k}].party`, s.party);
        this.node(file, `${at}.statements[${k}]`, "Statement", uid, {
          value: s.value,
          party: s.party ?? null,
          version,
          ...source(s.source),
        });
        this.rel("ABOUT", uid, topic, {});
        const doc = this.documentUid(version, s.source.document);
        if (doc) this.rel("MADE_IN", uid, doc, { section: s.source.section });
      });
    });
  }

  /**
   * Transcribed defects. A finding is IN_DOCUMENT of each document of its version it names or cites;
   * a source of another version (a page filed with this one but not of it) is checked once every
   * version is read.
   */
  private findings(file: string, data: z.infer<typeof findingsFileSchema>): void {
    const { version } = data;
    data.findings.forEach((f, i) => {
      const at = `findings[${i}]`;
      const uid = scoped(version, f.id);
      this.node(file, at, "Finding", uid, {
        id: f.id,
        kind: f.kind,
        subject: f.subject,
        summary: f.summary,
        version,
        ...sourceLists(f.sources),
        sourceVersions: f.sources.map((s) => s.version ?? version),
      });
      const documents = new Set(f.documents.map((n, k) => this.policy(file, `${at}.documents[${k}]`, version, n)));
      f.sources.forEach((s, k) => {
        if (s.version === undefined || s.version === version) {
          const doc = this.documentUid(version, s.document);
          if (doc) documents.add(doc);
        } else {
          this.otherVersionSources.push({ file, at: `${at}.sources[${k}]`, version: s.version, document: s.document });
        }
      });
      for (const doc of documents) this.rel("IN_DOCUMENT", uid, doc, {});
      const requirements = new Set(f.requirements.map((c, k) => this.requirement(file, `${at}.requirements[${k}]`, c)));
      for (const r of requirements) this.rel("CONCERNS", uid, r, {});
    });
  }

  private readonly otherVersionSources: { file: string; at: string; version: string; document: string }[] = [];

  private checkOtherVersionSources(): void {
    for (const { file, at, version, document } of this.otherVersionSources) {
      if (!this.documentUid(version, document)) {
        throw new SeedError(this.name(file), at, `no document "${document}" in ${version}`);
      }
    }
  }

  private customers(file: string): void {
    const data = this.load(file, customersFileSchema);
    data.customers.forEach((c, i) => {
      const at = `customers[${i}]`;
      if (this.parties.has(c.id)) throw new SeedError(this.name(file), `${at}.id`, `"${c.id}" is a party id`);
      if (this.customerTemplate === undefined) throw new SeedError(this.name(file), at, "no policy set names a COVERED_ENTITY party to start from");
      this.node(file, at, "Customer", c.id, { id: c.id, name: c.name, notes: c.notes ?? null });
      this.rel("STARTS_FROM", c.id, this.customerTemplate, {});
      c.capabilities.forEach((cap, k) => this.rel("USES", c.id, this.capability(file, `${at}.capabilities[${k}]`, cap), {}));
    });
  }

  // --- helpers ------------------------------------------------------------------------------------

  private load<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
    this.graph.files.push(this.name(path));
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, "utf8"));
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      throw new SeedError(this.name(path), "", `is not valid YAML (${reason})`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const entry = (issue?.path ?? []).map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
      throw new SeedError(this.name(path), entry, issue?.message ?? "does not match the seed schema");
    }
    return parsed.data;
  }

  /** Parses a citation; `strict` demands the canonical spelling (catalogue entries define it). */
  private canonical(file: string, at: string, input: string, strict: boolean): string {
    try {
      const { canonical } = parseCitation(input);
      if (strict && canonical !== input) throw new SeedError(this.name(file), at, `"${input}" is not canonical; write "${canonical}"`);
      return canonical;
    } catch (error) {
      if (error instanceof CitationParseError) throw new SeedError(this.name(file), at, error.message);
      throw error;
    }
  }

  /** The requirement id a citation (canonical or alias, any spelling) stands for. */
  private requirement(file: string, at: string, input: string): string {
    const canonical = this.canonical(file, at, input, false);
    const id = this.citations.get(canonical);
    if (!id) throw new SeedError(this.name(file), at, `"${input}" is not in the requirement catalogue`);
    return id;
  }

  /** HITRUST ids are keyed as the documents cite them (after the seed's own normalisation). */
  private hitrustControl(file: string, at: string, id: string): string {
    const citation = hitrustCitation(id);
    if (!this.citations.has(citation)) throw new SeedError(this.name(file), at, `HITRUST "${id}" is not in hitrust-controls.yaml`);
    return citation;
  }

  private capability(file: string, at: string, id: string): string {
    if (!this.capabilities.has(id)) throw new SeedError(this.name(file), at, `unknown capability "${id}"`);
    return id;
  }

  private requireParty(file: string, at: string, id: string): void {
    if (!this.parties.has(id)) throw new SeedError(this.name(file), at, `unknown party "${id}"`);
  }

  /** Props are checked against the label's declaration: a property it does not declare fails tsc. */
  private node<L extends SeedLabel>(file: string, at: string, label: L, uid: string, props: NoInfer<NodeProps<L>>): void {
    const seen = this.uids.get(label) ?? new Set<string>();
    this.uids.set(label, seen);
    const rows = this.graph.nodes.get(label) ?? [];
    this.graph.nodes.set(label, rows);
    if (seen.has(uid)) {
      // The same framework may be declared by several files; anything else is a duplicate entry.
      if (label === "Framework") return;
      throw new SeedError(this.name(file), at, `duplicate ${label} "${uid}"`);
    }
    seen.add(uid);
    rows.push({ uid, props: props as Props });
  }

  private rel<T extends SeedRelType>(type: T, from: string, to: string, props: NoInfer<RelProps<T>>): void {
    const rows = this.graph.rels.get(type) ?? [];
    this.graph.rels.set(type, rows);
    rows.push({ from, to, props: props as Props });
  }

  /** A path as shown in errors: relative to the project root. */
  private name(path: string): string {
    return relative(projectRoot, path) || path;
  }
}

const hitrustCitation = (id: string): string => `HITRUST ${id}`;

function source(s: { document: string; section: string; locator?: string }): {
  sourceDocument: string;
  sourceSection: string;
  sourceLocator: string | null;
} {
  return { sourceDocument: s.document, sourceSection: s.section, sourceLocator: s.locator ?? null };
}

/** The values of a seed entry's fields that the model declares `entry: true` for the label; null where absent. */
function entryValues<L extends SeedLabel>(label: L, entry: object): NodeProps<L> {
  const fields = entry as Record<string, unknown>;
  return Object.fromEntries(entryProperties(label).map((p) => [p.name, fields[p.name] ?? null])) as NodeProps<L>;
}

/** Several sources as parallel lists (Neo4j keeps no list of maps); a missing locator is "". */
function sourceLists(sources: { document: string; section: string; locator?: string }[]): Props {
  return {
    sourceDocuments: sources.map((s) => s.document),
    sourceSections: sources.map((s) => s.section),
    sourceLocators: sources.map((s) => s.locator ?? ""),
  };
}

/** sourceDocuments -> interpretationSourceDocuments, for a node holding a second set of sources. */
function prefixed(prefix: string, props: Props): Props {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [`${prefix}${k.charAt(0).toUpperCase()}${k.slice(1)}`, v]));
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

function versionDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}-\d{2}$/.test(e.name))
    .map((e) => e.name)
    .sort();
}
