/**
 * A string that sorts canonical citations as a reader expects: numbers by value (164.308(a)(2) before
 * 164.308(a)(10)), a standard before its specifications. Stored on Requirement nodes for ordering and
 * pagination in Cypher, and used in code wherever citations are sorted.
 */
export function citationSortKey(canonical: string): string {
  return canonical.replace(/\d+/g, (digits) => digits.padStart(6, "0"));
}

export function compareCitations(a: string, b: string): number {
  const x = citationSortKey(a);
  const y = citationSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
