// The vocabulary of findings: what can be wrong with, or missing from, the documents. One list per
// origin, each `as const`; the seed schema (which kinds a seed file may transcribe), the GraphQL enum
// and the messages are derived from these lists. No decorators here: the seed reader imports it.

/** Computed from the graph on every request. */
export const COMPUTED_FINDING_KINDS = [
  "REQUIREMENT_NOT_ADDRESSED",
  "REQUIREMENT_WITHOUT_INHERITANCE_ROW",
  "POLICY_NOT_IN_INHERITANCE_TABLE",
  "ROW_POLICY_DOES_NOT_CITE_RULE",
  "ROW_OMITS_CITING_POLICY",
  "POLICY_WITHOUT_APPLICABLE_STANDARDS",
  "CITED_IN_TEXT_NOT_LISTED",
  "DERIVED_LINK_WITHHELD",
  "CONTRADICTION",
] as const;

/** Flags transcribed on a HITRUST control (hitrust-controls.yaml); answered as HITRUST_<flag>. */
export const HITRUST_FLAG_KINDS = [
  "NAME_BELONGS_TO_OTHER_CONTROL",
  "ID_MALFORMED",
  "NAME_VARIES",
  "ID_NOT_IN_CSF",
] as const;

/** Defects of the documents transcribed in seed/<version>/findings.yaml. */
export const TRANSCRIBED_FINDING_KINDS = [
  "CITATION_TITLE_NAMES_OTHER_RULE",
  "CITATION_DOES_NOT_FIT_SUBJECT",
  "CITATION_NARROWER_THAN_TITLE",
  "CITATION_SUPERSEDED_NUMBERING",
  "CITATION_MALFORMED",
  "FRAMEWORK_MISLABELLED",
  "NAME_SPELLED_SEVERAL_WAYS",
  "WRONG_DOCUMENT_NAME",
  "BROKEN_CROSS_REFERENCE",
  "TEMPLATE_TEXT_LEFT",
  "SUPERSEDED_REFERENCE",
  "INCOMPLETE_TEXT",
  "DOCUMENT_STRUCTURE",
  "TEXT_ERROR",
  "INCONSISTENT_STATEMENTS",
  "DOCUMENT_NOT_IN_VERSION",
] as const;

export type TranscribedFindingKind = (typeof TRANSCRIBED_FINDING_KINDS)[number];
type HitrustFindingKind = `HITRUST_${(typeof HITRUST_FLAG_KINDS)[number]}`;

export const FINDING_KINDS = [
  ...COMPUTED_FINDING_KINDS,
  ...HITRUST_FLAG_KINDS.map((k): HitrustFindingKind => `HITRUST_${k}`),
  ...TRANSCRIBED_FINDING_KINDS,
] as const;
export type FindingKindName =
  (typeof COMPUTED_FINDING_KINDS)[number] | HitrustFindingKind | TranscribedFindingKind;

/** One sentence per kind, for the GraphQL enum. */
export const FINDING_KIND_DESCRIPTIONS: Record<FindingKindName, string> = {
  REQUIREMENT_NOT_ADDRESSED: "No policy's Applicable Standards list addresses this HIPAA/HITECH requirement.",
  REQUIREMENT_WITHOUT_INHERITANCE_ROW:
    "No row of the inheritance table covers this HIPAA standard: nothing says who owns it.",
  POLICY_NOT_IN_INHERITANCE_TABLE: "No row of the inheritance table names this policy.",
  ROW_POLICY_DOES_NOT_CITE_RULE:
    "An inheritance row names a policy whose Applicable Standards do not cite the row's rule.",
  ROW_OMITS_CITING_POLICY:
    "A policy's Applicable Standards cite a rule (or one of its specifications) whose inheritance row does not name that policy.",
  POLICY_WITHOUT_APPLICABLE_STANDARDS:
    "A policy with no Applicable Standards: it cites no HIPAA rule and no HITRUST control.",
  CITED_IN_TEXT_NOT_LISTED: "A policy's text cites a rule that its own Applicable Standards list leaves out.",
  DERIVED_LINK_WITHHELD:
    "A citation kept as written but withheld from the derived HITRUST links on purpose (its title names another rule).",
  CONTRADICTION: "Documents state different values for the same thing (deadlines, frequencies, ...).",
  HITRUST_NAME_BELONGS_TO_OTHER_CONTROL: "A HITRUST id cited with the name of another control.",
  HITRUST_ID_MALFORMED: "A HITRUST id written in a form that is not a CSF id.",
  HITRUST_NAME_VARIES: "A HITRUST control cited under different names.",
  HITRUST_ID_NOT_IN_CSF: "A HITRUST reference that matches no CSF control.",
  CITATION_TITLE_NAMES_OTHER_RULE: "A citation whose title is the name of another rule.",
  CITATION_DOES_NOT_FIT_SUBJECT:
    "A cited rule or control that does not fit the subject of the policy or sentence citing it.",
  CITATION_NARROWER_THAN_TITLE:
    "A citation that points to one paragraph of the provision its title names (a part cited for the whole).",
  CITATION_SUPERSEDED_NUMBERING: "A citation in a numbering the rule no longer has.",
  CITATION_MALFORMED:
    "A citation written in a form that is not a CFR citation (quotes, entities, ranges, no parentheses).",
  FRAMEWORK_MISLABELLED:
    "A provision of one framework listed or headed as another's (HITECH under the HIPAA Security Rule).",
  NAME_SPELLED_SEVERAL_WAYS: "A party, person or tool whose name the documents spell several ways.",
  WRONG_DOCUMENT_NAME: "A document referred to by a name it does not have.",
  BROKEN_CROSS_REFERENCE:
    "A reference to a section, document, form or appendix that does not exist or is not where it points.",
  TEMPLATE_TEXT_LEFT:
    "Text of the template the documents were adapted from, left in although it does not fit Luma.",
  SUPERSEDED_REFERENCE: "Law, guidance or a standard stated as current although it has been superseded.",
  INCOMPLETE_TEXT: "A placeholder, an unfinished sentence or a list left without its context.",
  DOCUMENT_STRUCTURE: "Numbering, headings or definitions out of order, repeated or misnested.",
  TEXT_ERROR: "A misspelling or wording error, some of which change the meaning.",
  INCONSISTENT_STATEMENTS: "Statements that do not agree although no single value states the disagreement.",
  DOCUMENT_NOT_IN_VERSION: "A document filed with a policy-set version that is not part of it.",
};
