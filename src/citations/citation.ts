// Citations of the HIPAA Security Rule, the HITECH breach provisions and HITRUST CSF controls, read
// from any spelling the policy documents use and reduced to one canonical string per requirement:
//
//   HIPAA    164.308(a)(4)(ii)(C)   (from 164.308a4iiC, 45 CFR §164.308(a)(4)(ii)(C), &lpar;..&rpar;, ('c'), ...)
//   HITECH   HITECH 13402(d)(1)     (from 13402(d)(1), Section 13402(d)(1), HITECH Act 13402 (d)(1), ...)
//   HITRUST  HITRUST 01.d           (from 01.d - User Password Management, HITRUST CSF 01.d, 1.d, ...)
//            HITRUST 00.a           (from 0.a: canonical ids always have two category digits)
//            HITRUST 06             (a whole category, as "06 - Configuration Management" cites it)
//
// The grammar lives in parser.ts; what each spelling means is documented next to the code reading it.
import { parseReferences } from "./parser.js";
import { canonicalOf } from "./references.js";
import { CitationParseError, type Citation } from "./types.js";

export { CitationParseError } from "./types.js";
export type { Citation, Framework } from "./types.js";

/**
 * All requirements one entry names, in order, without duplicates: "164.308(a)(1)(ii)(B) & (C)" and
 * "164.310(b-c)" name two each. Throws CitationParseError.
 */
export function parseCitations(input: string): Citation[] {
  return parseReferences(input).map((ref) => ({ framework: ref.framework, canonical: canonicalOf(ref) }));
}

/** The one requirement `input` names; an entry naming several is an error. Throws CitationParseError. */
export function parseCitation(input: string): Citation {
  const citations = parseCitations(input);
  const [only] = citations;
  if (only === undefined || citations.length > 1) {
    const names = citations.map((c) => c.canonical).join(", ");
    throw new CitationParseError(input, `names ${citations.length} requirements: ${names}`);
  }
  return only;
}

export function isCanonical(s: string): boolean {
  try {
    return parseCitation(s).canonical === s;
  } catch (error) {
    if (error instanceof CitationParseError) return false;
    throw error;
  }
}
