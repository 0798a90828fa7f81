// The graph's one declaration: every node label with its key, its properties and their types, which
// are indexed or full-text; every relationship type with its ends and its properties. From it come the
// TypeScript types the seed reader writes with, the constraints and indexes, and the seed's load
// statements (src/graph/statements.ts).
//
// Adding a label is an entry in NODES, a relationship type an entry in RELATIONSHIPS, a property a line
// in its `properties`: its constraint, indexes and load statements follow. The seed reader
// (src/seed/seed-graph.ts) then writes it with node() or rel(), which tsc checks against this.
//
// A property's type is "string", "number", "boolean", "string[]" or "number[]"; a trailing "?" says it
// may be null. `index: true` makes a single-property index named <label>_<property>; `fullText: true`
// puts the property into the one full-text index (FULL_TEXT_INDEX) over every label that has one.
// Indexes over several properties are named under `indexes`. Every label's key is unique (a constraint
// named <label>_<key>). `seed: true` marks what the seed loader writes; the rest is written by the API
// or derived once the seed is loaded.

export type PropertyType = "string" | "number" | "boolean" | "string[]" | "number[]";
export type PropertySpec =
  | PropertyType
  | `${PropertyType}?`
  | {
      readonly type: PropertyType | `${PropertyType}?`;
      readonly index?: true;
      readonly fullText?: true;
      /**
       * A seed entry may carry it under the same name, and the reader copies it as it is (catalogue
       * requirements): adding such a property is this line, the YAML, the GraphQL field and a test.
       */
      readonly entry?: true;
    };

export interface LabelSpec {
  /** The property every node of the label is found by: unique. Not listed among `properties`. */
  readonly key: string;
  readonly seed: boolean;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /** Indexes over several properties, by name. */
  readonly indexes?: Readonly<Record<string, readonly string[]>>;
  /** A further label a node takes when one of its properties holds one value. */
  readonly alsoLabelled?: { readonly label: string; readonly when: string; readonly equals: string };
}

export interface RelSpec<L extends string = string> {
  readonly from: L;
  readonly to: L;
  readonly seed: boolean;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

/** The full-text index of every property declared `fullText` (queried by cypher/search/full-text). */
export const FULL_TEXT_INDEX = "search_text";

const source = { sourceDocument: "string", sourceSection: "string", sourceLocator: "string?" } as const;
/** Several sources as parallel lists (Neo4j properties hold no lists of maps); a missing locator is "". */
const sources = {
  sourceDocuments: "string[]",
  sourceSections: "string[]",
  sourceLocators: "string[]",
} as const;

export const NODES = {
  Framework: {
    key: "uid",
    seed: true,
    // HITRUST is declared by its controls file, which gives no source.
    properties: {
      id: "string",
      name: "string",
      sourceDocument: "string?",
      sourceSection: "string?",
      sourceLocator: "string?",
    },
  },
  Requirement: {
    key: "uid",
    seed: true,
    properties: {
      id: "string",
      citation: { type: "string", fullText: true },
      sortKey: { type: "string", index: true },
      title: { type: "string", fullText: true },
      framework: { type: "string", index: true },
      kind: "string",
      safeguard: "string?",
      designation: "string?",
      section: "string",
      aliases: "string[]",
      aliasNotes: "string?",
      sourceDocument: "string?",
      sourceSection: "string?",
      sourceLocator: "string?",
      // HITRUST controls only: their policy-set version and the seed's flags on them.
      version: "string",
      flagKinds: "string[]",
      flagNotes: "string[]",
      flagSources: "string[]",
    },
    alsoLabelled: { label: "HitrustControl", when: "framework", equals: "HITRUST" },
  },
  CitationAlias: {
    key: "uid",
    seed: true,
    properties: { citation: "string", note: "string?" },
  },
  Policy: {
    key: "uid",
    seed: true,
    properties: {
      number: "number",
      title: { type: "string", fullText: true },
      file: "string",
      kind: "string",
      version: "string",
      sourceDocument: "string",
      sourceSection: "string",
    },
    indexes: { policy_number: ["version", "number"] },
  },
  InheritanceRow: {
    key: "uid",
    seed: true,
    properties: {
      row: "number",
      table: "string",
      ruleAsWritten: "string",
      controlAsWritten: "string",
      inheritedAsWritten: "string",
      status: "string",
      notes: "string[]",
      version: "string",
      ...source,
      // The project's reading of a conditional row's option (seed/<version>/parties.yaml interpretations).
      interpretationId: "string?",
      interpretationQuestion: "string?",
      interpretationReading: "string?",
      interpretationReasoning: "string?",
      interpretationAlternative: "string?",
      interpretationSourceDocuments: "string[]",
      interpretationSourceSections: "string[]",
      interpretationSourceLocators: "string[]",
      // A document that makes the option a duty.
      interpretationTension: "string?",
      tensionSourceDocuments: "string[]",
      tensionSourceSections: "string[]",
      tensionSourceLocators: "string[]",
    },
  },
  Party: {
    key: "uid",
    seed: true,
    properties: { id: "string", name: "string", role: "string", description: "string", ...source },
  },
  Capability: {
    key: "uid",
    seed: true,
    properties: {
      id: "string",
      name: "string",
      description: "string",
      defaultForTemplate: "boolean",
      ...source,
    },
  },
  Control: {
    key: "uid",
    seed: true,
    properties: {
      id: { type: "string", index: true },
      name: { type: "string", fullText: true },
      description: { type: "string", fullText: true },
      version: "string",
      operator: "string",
      ...sources,
      /** Controls added through the API: the reason given. */
      reason: "string",
    },
    indexes: { control_version_operator: ["version", "operator"] },
  },
  Obligation: {
    key: "uid",
    seed: true,
    properties: {
      id: { type: "string", index: true },
      action: { type: "string", fullText: true },
      basis: "string",
      version: "string",
      readingReasoning: "string?",
      readingAlternative: "string?",
      ...source,
    },
  },
  Topic: {
    key: "uid",
    seed: true,
    properties: { id: "string", question: "string", version: "string" },
  },
  Statement: {
    key: "uid",
    seed: true,
    properties: { value: "string", party: "string?", version: "string", ...source },
  },
  /** A defect of the documents, transcribed (seed/<version>/findings.yaml). */
  Finding: {
    key: "uid",
    seed: true,
    properties: {
      id: "string",
      kind: "string",
      subject: "string",
      summary: "string",
      version: "string",
      ...sources,
      sourceVersions: "string[]",
    },
  },
  Customer: {
    key: "uid",
    seed: true,
    properties: { id: "string", name: "string", notes: "string?" },
  },
  Attestation: {
    key: "uid",
    seed: false,
    properties: {
      status: "string",
      evidence: "string?",
      date: "string",
      attestedBy: "string",
      recordedAt: "string",
    },
  },
  ApiKey: {
    key: "id",
    seed: false,
    properties: {
      hash: "string",
      role: "string",
      customerId: "string?",
      label: "string",
      createdAt: "string",
      revokedAt: "string?",
    },
  },
  AuditEvent: {
    key: "id",
    seed: false,
    properties: {
      at: { type: "string", index: true },
      action: "string",
      target: "string",
      customerId: "string?",
      reason: "string?",
      before: "string",
      after: "string",
      actorRole: "string",
      actorKeyId: "string?",
      actorCustomerId: "string?",
      via: "string",
      requestId: "string",
    },
  },
} as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof NODES;

/** A policy's citations of a requirement: each entry as written, in order. */
const citations = {
  citedAs: "string[]",
  sections: "string[]",
  notes: "string[]",
  // Not on HITRUST citations, which are always Applicable Standards entries.
  contexts: "string[]",
  derive: "boolean",
  version: "string",
} as const;

export const RELATIONSHIPS = {
  IN_FRAMEWORK: { from: "Requirement", to: "Framework", seed: true, properties: {} },
  PART_OF: { from: "Requirement", to: "Requirement", seed: true, properties: {} },
  ALIAS_OF: { from: "CitationAlias", to: "Requirement", seed: true, properties: {} },
  ADDRESSES: { from: "Policy", to: "Requirement", seed: true, properties: citations },
  MENTIONS: { from: "Policy", to: "Requirement", seed: true, properties: citations },
  COVERS: { from: "InheritanceRow", to: "Requirement", seed: true, properties: {} },
  NAMES: { from: "InheritanceRow", to: "Policy", seed: true, properties: {} },
  DEPENDS_ON: { from: "InheritanceRow", to: "Capability", seed: true, properties: {} },
  INHERITS_FROM: {
    from: "Party",
    to: "Party",
    seed: true,
    // agreement: null where no document names one (agreementNote says so).
    properties: {
      agreement: "string?",
      agreementNote: "string?",
      version: "string",
      ...sources,
      // The statements that say the provider assumes the risk of what it manages.
      riskSourceDocuments: "string[]",
      riskSourceSections: "string[]",
      riskSourceLocators: "string[]",
    },
  },
  OPERATES: { from: "Party", to: "Control", seed: true, properties: { version: "string" } },
  DEFINED_IN: { from: "Control", to: "Policy", seed: true, properties: { section: "string" } },
  // Links added through the API carry the reason given and when.
  SATISFIES: {
    from: "Control",
    to: "Requirement",
    seed: true,
    properties: { reason: "string", addedAt: "string" },
  },
  RELIES_ON: { from: "Control", to: "Control", seed: true, properties: {} },
  APPLIES_TO: { from: "Obligation", to: "Requirement", seed: true, properties: {} },
  UNLESS_USES: { from: "Obligation", to: "Capability", seed: true, properties: {} },
  IF_USES: { from: "Obligation", to: "Capability", seed: true, properties: {} },
  STATED_IN: { from: "Obligation", to: "Policy", seed: true, properties: { section: "string" } },
  MADE_IN: { from: "Statement", to: "Policy", seed: true, properties: { section: "string" } },
  ABOUT: { from: "Statement", to: "Topic", seed: true, properties: {} },
  IN_DOCUMENT: { from: "Finding", to: "Policy", seed: true, properties: {} },
  CONCERNS: { from: "Finding", to: "Requirement", seed: true, properties: {} },
  STARTS_FROM: { from: "Customer", to: "Party", seed: true, properties: {} },
  USES: { from: "Customer", to: "Capability", seed: true, properties: {} },
  // From a HitrustControl, derived once the seed is loaded (cypher/seed/derive-hitrust-relations).
  RELATES_TO: {
    from: "Requirement",
    to: "Requirement",
    seed: false,
    properties: { derived: "boolean", viaPolicies: "string[]" },
  },
  ATTESTED: { from: "Customer", to: "Attestation", seed: false, properties: {} },
  FOR: { from: "Attestation", to: "Obligation", seed: false, properties: {} },
} as const satisfies Record<string, RelSpec<NodeLabel>>;

export type RelType = keyof typeof RELATIONSHIPS;

/** The labels and relationship types the seed loader writes, in the order it writes them. */
export type SeedLabel = { [L in NodeLabel]: (typeof NODES)[L]["seed"] extends true ? L : never }[NodeLabel];
export type SeedRelType = {
  [T in RelType]: (typeof RELATIONSHIPS)[T]["seed"] extends true ? T : never;
}[RelType];

const keys = Object.keys as <T extends object>(o: T) => (keyof T & string)[];
export const NODE_LABELS = keys(NODES);
export const REL_TYPES = keys(RELATIONSHIPS);
export const SEED_LABELS = NODE_LABELS.filter((l): l is SeedLabel => NODES[l].seed);
export const SEED_REL_TYPES = REL_TYPES.filter((t): t is SeedRelType => RELATIONSHIPS[t].seed);

// --- the TypeScript types of properties --------------------------------------------------------------

type Base<T extends PropertyType> = T extends "string"
  ? string
  : T extends "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "string[]"
        ? string[]
        : number[];
type Declared<S> = S extends { readonly type: infer T } ? T : S;
export type PropertyValue<S> =
  Declared<S> extends `${infer T extends PropertyType}?`
    ? Base<T> | null
    : Declared<S> extends PropertyType
      ? Base<Declared<S>>
      : never;
// A type without properties takes none (an empty object type would take any).
type PropsOf<P> = [keyof P] extends [never]
  ? Record<string, never>
  : { [K in keyof P]?: PropertyValue<P[K]> };

/** The properties a node of the label may carry (its key excepted), typed as declared. */
export type NodeProps<L extends NodeLabel> = PropsOf<(typeof NODES)[L]["properties"]>;
/** The properties a relationship of the type may carry, typed as declared. */
export type RelProps<T extends RelType> = PropsOf<(typeof RELATIONSHIPS)[T]["properties"]>;

export const isNodeLabel = (name: string): name is NodeLabel => Object.hasOwn(NODES, name);
export const isRelType = (name: string): name is RelType => Object.hasOwn(RELATIONSHIPS, name);

/** The properties of a label that its seed entries carry under the same name (`entry: true`), with their types. */
export function entryProperties(
  label: NodeLabel,
): Array<{ name: string; type: PropertyType; nullable: boolean }> {
  const properties: Readonly<Record<string, PropertySpec>> = NODES[label].properties;
  return Object.entries(properties).flatMap(([name, spec]) =>
    typeof spec === "object" && spec.entry === true
      ? [{ name, type: spec.type.replace(/\?$/, "") as PropertyType, nullable: spec.type.endsWith("?") }]
      : [],
  );
}

/** A property's declared spec as an object: its type (with "?" when it may be null) and its indexes. */
export function propertySpec(spec: PropertySpec): { type: string; index: boolean; fullText: boolean } {
  return typeof spec === "string"
    ? { type: spec, index: false, fullText: false }
    : { type: spec.type, index: spec.index === true, fullText: spec.fullText === true };
}
