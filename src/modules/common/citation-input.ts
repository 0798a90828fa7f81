// Turning a user's spelling of a rule into a canonical citation, and a clear BAD_USER_INPUT when it
// cannot be read or is not known (with the closest known citations suggested).
import { CitationParseError, parseCitation } from "../../citations/citation.js";
import { badInput } from "../../errors.js";

/** Longer than any citation with a title: refuse rather than parse and echo it back. */
export const MAX_CITATION_LENGTH = 200;

export function canonicalCitation(argument: string, input: string): string {
  if (input.length > MAX_CITATION_LENGTH) {
    throw badInput(
      `${argument}: a citation is at most ${MAX_CITATION_LENGTH} characters (got ${input.length})`,
      { argument },
    );
  }
  try {
    return parseCitation(input).canonical;
  } catch (error) {
    if (error instanceof CitationParseError) {
      throw badInput(`${argument}: ${error.message}`, { argument, input, reason: error.reason });
    }
    throw error;
  }
}

/**
 * The error for a citation that parses but names no known requirement, with up to five suggestions
 * among the `known` citations (RequirementRepository.knownCitations()).
 */
export function unknownCitation(
  known: readonly string[],
  argument: string,
  input: string,
  canonical: string,
) {
  const suggestions = known
    .map((citation) => ({
      citation,
      shared: commonPrefix(canonical, citation),
      distance: editDistance(canonical, citation),
    }))
    // Same section and paragraph first (164.312(f) -> 164.312(...)), then the fewest edits.
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.citation.localeCompare(b.citation))
    .slice(0, 5)
    .map((s) => s.citation);
  return badInput(
    `${argument}: no requirement "${canonical}" is known (read from "${input}"). Closest: ${suggestions.join(", ")}`,
    {
      argument,
      input,
      suggestions,
    },
  );
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Levenshtein distance; citations are short, so the quadratic table is cheap. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
