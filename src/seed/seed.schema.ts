// The shape of every seed file, checked before anything is written. Files hold facts transcribed
// from the source documents, each with its source (document, section); the policy-set version comes
// from the file's `version` key.
import { z } from "zod";
import { entryProperties, type PropertyType } from "../graph/model.js";
import {
  CATALOGUE_FRAMEWORKS,
  CATALOGUE_KINDS,
  CITATION_CONTEXTS,
  DESIGNATIONS,
  DOCUMENT_KINDS,
  OBLIGATION_BASES,
  PARTY_ROLES,
  SAFEGUARDS,
  STATUSES,
} from "../vocabulary.js";
import { HITRUST_FLAG_KINDS, TRANSCRIBED_FINDING_KINDS } from "../modules/findings/finding.kinds.js";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be kebab-case (a-z, 0-9, -)");
const text = z.string().trim().min(1, "must not be empty");
export const versionSchema = z.string().regex(/^\d{4}-\d{2}$/, "must look like 2021-03");

/**
 * Where a fact is written: the document, its section, and where in the section (`locator`: "para 2",
 * "list item 3", "table row 12", "sentence 1 of para 1"), so an auditor finds the sentence itself.
 */
export const sourceSchema = z.strictObject({ document: text, section: text, locator: text.optional() });

/**
 * The project's reading where the documents leave something open: why we read it so, and the other
 * plausible reading. An entry carrying one is never presented as what a document says.
 */
export const readingSchema = z.strictObject({ reasoning: text, alternative: text.optional() });

/**
 * The fields of a seed entry that the graph model declares `entry: true` for its label (see
 * src/graph/model.ts): each validated by its declared type, optional where it may be null.
 */
export function entryShape(properties: Array<{ name: string; type: PropertyType; nullable: boolean }>): z.ZodRawShape {
  const base: Record<PropertyType, z.ZodType> = {
    string: text,
    number: z.number(),
    boolean: z.boolean(),
    "string[]": z.array(text),
    "number[]": z.array(z.number()),
  };
  return Object.fromEntries(properties.map((p) => [p.name, p.nullable ? base[p.type].optional() : base[p.type]]));
}

export const catalogueFileSchema = z.strictObject({
  framework: z.strictObject({ id: z.enum(CATALOGUE_FRAMEWORKS), name: text, source: sourceSchema }),
  requirements: z
    .array(
      z.strictObject({
        citation: text,
        title: text,
        kind: z.enum(CATALOGUE_KINDS),
        safeguard: z.enum(SAFEGUARDS),
        standard: text.optional(),
        designation: z.enum(DESIGNATIONS).optional(),
        aliases: z.array(text).optional(),
        alias_notes: text.optional(),
        source: sourceSchema,
        // Typed as none: the reader copies them by the model's list (entryValues), not by name.
        ...(entryShape(entryProperties("Requirement")) as Record<never, never>),
      }),
    )
    .min(1),
});

export const flagKinds = HITRUST_FLAG_KINDS;

export const hitrustFileSchema = z.strictObject({
  version: versionSchema,
  framework: z.strictObject({ id: z.literal("HITRUST"), name: text }),
  controls: z.array(
    z.strictObject({
      // A bare category such as "06" is allowed only because a document cites one; it is flagged.
      id: z.string().regex(/^\d{2}(\.[a-z]{1,2})?$/, "must be a two-digit HITRUST id such as 01.d"),
      name: text,
      flags: z.array(z.strictObject({ kind: z.enum(flagKinds), note: text, source: sourceSchema })).optional(),
    }),
  ),
});

export const policiesFileSchema = z.strictObject({
  version: versionSchema,
  documents: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      title: text,
      file: text,
      kind: z.enum(DOCUMENT_KINDS),
      hitrust: z.array(z.strictObject({ cited_as: text, id: text, section: text, note: text.optional() })).default([]),
      hipaa: z
        .array(
          z.strictObject({
            cited_as: text,
            citations: z.array(text).min(1),
            section: text,
            note: text.optional(),
            context: z.enum(CITATION_CONTEXTS).default("APPLICABLE_STANDARDS"),
            /** false: kept as written, but no HITRUST link may be derived from it (see the note). */
            derive: z.boolean().default(true),
          }),
        )
        .default([]),
    }),
  ),
});


export const inheritanceFileSchema = z.strictObject({
  version: versionSchema,
  rows: z.array(
    z.strictObject({
      row: z.number().int().positive(),
      table: text,
      rule_as_written: text,
      requirements: z.array(text).min(1),
      control_as_written: text,
      policies: z.array(z.number().int().positive()).min(1),
      inherited_as_written: text,
      status: z.enum(STATUSES),
      condition: id.optional(),
      /** With condition: the interpretation (parties.yaml) that reads the option into the row. */
      interpretation: id.optional(),
      notes: z.array(text).optional(),
      source: sourceSchema,
    }),
  ),
});


export const partiesFileSchema = z.strictObject({
  version: versionSchema,
  parties: z.array(
    z.strictObject({
      id,
      name: text,
      role: z.enum(PARTY_ROLES),
      description: text,
      source: sourceSchema,
    }),
  ),
  inherits: z.array(
    z.strictObject({
      party: id,
      from: id,
      /** The agreement the documents name for this step; null where none is named (say so in agreement_note). */
      agreement: text.nullable(),
      agreement_note: text.optional(),
      /** The statements that establish the step: who uses whom, who signs what with whom. */
      sources: z.array(sourceSchema).min(1),
      /** The statements that say the provider assumes the risk of what it manages for the party. */
      risk_sources: z.array(sourceSchema).default([]),
    }),
  ),
  capabilities: z.array(
    z.strictObject({ id, name: text, description: text, default_for_template: z.boolean(), source: sourceSchema }),
  ),
  /**
   * Readings the documents leave open (a "Yes (optional)" row names no option), recorded as the
   * project's: what we read, why, and the other plausible reading. Rows refer to them by id.
   */
  interpretations: z
    .array(
      z.strictObject({
        id,
        question: text,
        reading: text,
        reasoning: text,
        alternative: text,
        sources: z.array(sourceSchema).min(1),
        /** A document that makes the option a duty: shown to a customer who does not take it, and a finding. */
        tension: z.strictObject({ note: text, sources: z.array(sourceSchema).min(1) }).optional(),
      }),
    )
    .default([]),
});

export const controlsFileSchema = z.strictObject({
  version: versionSchema,
  controls: z.array(
    z.strictObject({
      id,
      name: text,
      description: text,
      operator: id,
      relies_on: z.array(id).optional(),
      defined_in: z.strictObject({ policy: z.number().int().positive(), section: text }),
      satisfies: z.array(text).min(1),
      hitrust: z.array(text).optional(),
      sources: z.array(sourceSchema).min(1),
    }),
  ),
});

export const obligationsFileSchema = z.strictObject({
  version: versionSchema,
  obligations: z.array(
    z.strictObject({
      id,
      action: text,
      applies_to: z.array(text).min(1),
      basis: z.enum(OBLIGATION_BASES),
      when_capability_unused: id.optional(),
      when_capability_used: id.optional(),
      /** Present when the action is the project's reading of the source rather than its plain words. */
      reading: readingSchema.optional(),
      source: sourceSchema,
    }),
  ),
});

export const statementsFileSchema = z.strictObject({
  version: versionSchema,
  topics: z.array(
    z.strictObject({
      id,
      question: text,
      statements: z.array(z.strictObject({ value: text, party: id.optional(), source: sourceSchema })).min(1),
    }),
  ),
});

/**
 * Defects of the documents, transcribed: what is wrong (kind, our summary), which documents of the
 * version it concerns beyond those its sources name (`documents`), which requirements (`requirements`,
 * any spelling), and where each is written. A source may name the version of a document filed with
 * this one but not part of it (the mapping page 24 beside 2021-03).
 */
export const findingsFileSchema = z.strictObject({
  version: versionSchema,
  findings: z.array(
    z.strictObject({
      id,
      kind: z.enum(TRANSCRIBED_FINDING_KINDS),
      subject: text,
      summary: text,
      documents: z.array(z.number().int().positive()).default([]),
      requirements: z.array(text).default([]),
      sources: z.array(sourceSchema.extend({ version: versionSchema.optional() })).min(1),
    }),
  ),
});

export const customersFileSchema = z.strictObject({
  customers: z.array(z.strictObject({ id, name: text, capabilities: z.array(id), notes: text.optional() })),
});

export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
export type HitrustFile = z.infer<typeof hitrustFileSchema>;
export type PoliciesFile = z.infer<typeof policiesFileSchema>;
export type InheritanceFile = z.infer<typeof inheritanceFileSchema>;
export type PartiesFile = z.infer<typeof partiesFileSchema>;
export type ControlsFile = z.infer<typeof controlsFileSchema>;
export type ObligationsFile = z.infer<typeof obligationsFileSchema>;
export type StatementsFile = z.infer<typeof statementsFileSchema>;
export type FindingsFile = z.infer<typeof findingsFileSchema>;
export type CustomersFile = z.infer<typeof customersFileSchema>;
