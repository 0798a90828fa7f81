export type Framework = "HIPAA" | "HITECH" | "HITRUST";

export interface Citation {
  framework: Framework;
  canonical: string;
}

/**
 * `reason` says what could not be read and where; positions are 1-based offsets into `input`
 * (an HTML entity counts from its "&"), e.g. `unexpected "x" at position 9; expected ")" ...`.
 */
export class CitationParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Cannot read citation "${input}": ${reason}`);
    this.name = "CitationParseError";
  }
}
