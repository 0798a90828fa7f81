// What a citation refers to, independent of spelling, and how each framework writes it canonically.
export type Reference =
  | {
      readonly framework: "HIPAA" | "HITECH";
      readonly section: string;
      readonly paragraphs: readonly string[];
    }
  // `control` is undefined for a category-level reference ("06 - Configuration Management").
  | { readonly framework: "HITRUST"; readonly category: string; readonly control: string | undefined };

export function canonicalOf(ref: Reference): string {
  switch (ref.framework) {
    case "HIPAA":
      return ref.section + paragraphsOf(ref.paragraphs);
    case "HITECH":
      return `HITECH ${ref.section}${paragraphsOf(ref.paragraphs)}`;
    case "HITRUST":
      return ref.control === undefined ? `HITRUST ${ref.category}` : `HITRUST ${ref.category}.${ref.control}`;
  }
}

const paragraphsOf = (paragraphs: readonly string[]): string => paragraphs.map((p) => `(${p})`).join("");

// Security Rule (Subpart C) and breach notification (Subpart D) sections; all are even-numbered, so
// "164.309" is as wrong as "164.514" (a Privacy Rule section, outside what the graph models).
const HIPAA_SECTIONS = new Set([
  ...[302, 304, 306, 308, 310, 312, 314, 316, 318],
  ...[400, 402, 404, 406, 408, 410, 412, 414],
]);

const HIPAA_EXPECTED = "expected 164.302-164.318 or 164.400-164.414, even numbers";

/** Why `part.section` (written at `pos`) is not a plausible HIPAA citation, or undefined when it is. */
export function implausibleHipaaSection(part: string, section: string, pos: number): string | undefined {
  const plausible = part === "164" && /^[1-9]\d{2}$/.test(section) && HIPAA_SECTIONS.has(Number(section));
  if (plausible) return undefined;
  return `"${part}.${section}" at position ${pos} is not a HIPAA Security Rule or breach notification section (${HIPAA_EXPECTED})`;
}

// HITECH Act, Title XIII Subtitle D (privacy and security, including breach notification 13402).
const HITECH_FIRST = 13400;
const HITECH_LAST = 13424;

export function implausibleHitechSection(section: string, pos: number): string | undefined {
  const number = Number(section);
  if (number >= HITECH_FIRST && number <= HITECH_LAST) return undefined;
  return `"${section}" at position ${pos} is not a HITECH Act privacy and security section (expected ${HITECH_FIRST}-${HITECH_LAST})`;
}

// HITRUST CSF control categories run from 0 (Information Security Management Program) to 13 (Privacy Practices).
const HITRUST_LAST_CATEGORY = 13;

export function implausibleHitrustCategory(category: string, pos: number): string | undefined {
  if (Number(category) <= HITRUST_LAST_CATEGORY) return undefined;
  return `"${category}" at position ${pos} is not a HITRUST CSF category (categories run 00-${HITRUST_LAST_CATEGORY})`;
}
