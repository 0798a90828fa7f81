// The closed sets of the domain, each one `as const` list. The TypeScript types, the GraphQL enums
// (`graphqlEnum`), the seed schema and the rules all come from these lists, so a value is added in one
// place and a string from the rules is already of the GraphQL type: no casts between them.

/** The frameworks of the requirement catalogue (seed/catalogue/), and all frameworks answered. */
export const CATALOGUE_FRAMEWORKS = ["HIPAA", "HITECH"] as const;
export const FRAMEWORKS = [...CATALOGUE_FRAMEWORKS, "HITRUST"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const SAFEGUARDS = [
  "ADMINISTRATIVE",
  "PHYSICAL",
  "TECHNICAL",
  "ORGANIZATIONAL",
  "POLICIES_AND_DOCUMENTATION",
  "BREACH_NOTIFICATION",
] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

/** HIPAA standards and implementation specifications (the catalogue's kinds); HITRUST entries are controls. */
export const CATALOGUE_KINDS = ["STANDARD", "IMPLEMENTATION_SPECIFICATION"] as const;
export const REQUIREMENT_KINDS = [...CATALOGUE_KINDS, "CONTROL"] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const DESIGNATIONS = ["REQUIRED", "ADDRESSABLE"] as const;
export type Designation = (typeof DESIGNATIONS)[number];

/** What a document of a policy set is. */
export const DOCUMENT_KINDS = [
  "POLICY",
  "INTRODUCTION",
  "INHERITANCE_TABLE",
  "DEFINITIONS",
  "AGREEMENT",
  "MAPPING",
] as const;
/** Where a document cites a rule: its Applicable Standards list, a table row, or its text. */
export const CITATION_CONTEXTS = ["APPLICABLE_STANDARDS", "TABLE", "INLINE"] as const;

/** Why an obligation falls to the customer: the status of its requirement, or a document outright. */
export const OBLIGATION_BASES = ["NOT_INHERITED", "SHARED", "CONDITIONAL", "DOCUMENT"] as const;

/** What a customer says of one of its obligations; the first and the last close it. */
export const ATTESTATION_STATUSES = [
  "IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "NOT_IMPLEMENTED",
  "NOT_APPLICABLE",
] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

export const STATUSES = ["INHERITED", "SHARED", "NOT_INHERITED", "CONDITIONAL"] as const;
export type Status = (typeof STATUSES)[number];

export const RESPONSIBILITIES = ["OWNS", "SHARES", "OPERATES", "INHERITS", "CONDITIONAL", "NONE"] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/** Where a status came from: the requirement's own row, its standard's row, the HIPAA rules a HITRUST control relates to, or no row at all. */
export const STATUS_BASES = ["OWN_ROW", "STANDARD_ROW", "RELATED_HIPAA", "NO_ROW"] as const;
export type StatusBasis = (typeof STATUS_BASES)[number];

/** How a control reaches an answer. */
export const CONTROL_VIAS = ["REQUIREMENT", "STANDARD", "SPECIFICATION", "RELIANCE"] as const;
export type ControlVia = (typeof CONTROL_VIAS)[number];

/** What part of an answer a claim makes. */
export const CLAIM_ABOUTS = [
  "STATUS",
  "OWNER",
  "RISK_BEARER",
  "OPERATOR",
  "CHAIN_STEP",
  "CONTROL",
  "POLICY",
  "OBLIGATION",
  "CONDITION",
] as const;
export type ClaimAbout = (typeof CLAIM_ABOUTS)[number];

/** What a claim rests on. */
export const BASIS_KINDS = ["STATEMENT", "RULE", "READING", "CUSTOMER_CHOICE"] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/** What a party is to the service. */
export const PARTY_ROLES = [
  "PLATFORM_PROVIDER",
  "SUB_PROCESSOR",
  "SERVICE_PROVIDER",
  "COVERED_ENTITY",
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** `{ A: "A", ... }` from a list: the object type-graphql registers as a GraphQL enum. */
export function graphqlEnum<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}
