// A property the graph model declares `entry: true` is read from the seed entry of the same name,
// validated by its declared type: adding one touches the YAML, the model, the GraphQL type and a test.
import { z } from "zod";
import { entryProperties } from "../../../src/graph/model.js";
import { catalogueFileSchema, entryShape } from "../../../src/seed/seed.schema.js";

describe("seed entry fields declared by the graph model", () => {
  const shape = z.strictObject(
    entryShape([
      { name: "plainLanguage", type: "string", nullable: true },
      { name: "reviewedIn", type: "number[]", nullable: false },
    ]),
  );

  it("validates each declared field by its declared type, optional where it may be null", () => {
    expect(shape.safeParse({ reviewedIn: [2021] }).success).toBe(true);
    expect(shape.safeParse({ plainLanguage: "Keep logs", reviewedIn: [] }).success).toBe(true);
    expect(shape.safeParse({ plainLanguage: 3, reviewedIn: [] }).success).toBe(false);
    expect(shape.safeParse({ plainLanguage: "   ", reviewedIn: [] }).success).toBe(false);
    expect(shape.safeParse({}).success).toBe(false);
    expect(shape.safeParse({ reviewedIn: [], undeclared: "x" }).success).toBe(false);
  });

  it("accepts in a catalogue requirement exactly the fields the model declares for it", () => {
    const entry = {
      citation: "164.312(b)",
      title: "Audit Controls",
      kind: "STANDARD",
      safeguard: "TECHNICAL",
      source: { document: "45 CFR 164.312", section: "(b)" },
    };
    const file = (extra: Record<string, unknown>) => ({
      framework: { id: "HIPAA", name: "HIPAA", source: { document: "45 CFR", section: "164" } },
      requirements: [{ ...entry, ...extra }],
    });
    expect(catalogueFileSchema.safeParse(file({})).success).toBe(true);
    expect(catalogueFileSchema.safeParse(file({ notDeclared: "x" })).success).toBe(false);
    for (const p of entryProperties("Requirement")) {
      expect(Object.keys(catalogueFileSchema.shape.requirements.element.shape)).toContain(p.name);
    }
  });
});
