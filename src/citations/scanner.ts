// A cursor over the decoded characters, with the few lookahead helpers the grammar needs and one way
// of failing, so that every error names a position in the raw input.
import type { SourceChar } from "./source.js";
import { CitationParseError } from "./types.js";

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);
export const isAlnum = (ch: string | undefined): boolean => isDigit(ch) || isLetter(ch);

export class Scanner {
  index = 0;

  constructor(
    readonly input: string,
    private readonly chars: readonly SourceChar[],
  ) {}

  peek(offset = 0): SourceChar | undefined {
    return this.chars[this.index + offset];
  }

  ch(offset = 0): string | undefined {
    return this.peek(offset)?.ch;
  }

  atEnd(): boolean {
    return this.index >= this.chars.length;
  }

  /** Position of the next character, or one past the end of the input. */
  position(): number {
    return this.peek()?.pos ?? this.input.length + 1;
  }

  advance(): SourceChar {
    const current = this.peek();
    if (current === undefined) return this.fail(`unexpected end of input at position ${this.position()}`);
    this.index += 1;
    return current;
  }

  eat(ch: string): SourceChar | undefined {
    return this.ch() === ch ? this.advance() : undefined;
  }

  skipSpaces(): boolean {
    const start = this.index;
    while (this.ch() === " ") this.index += 1;
    return this.index > start;
  }

  /** Reads characters while `accept` holds, as written (after entity decoding). */
  readWhile(accept: (ch: string) => boolean): string {
    let text = "";
    for (let ch = this.ch(); ch !== undefined && accept(ch); ch = this.ch()) {
      text += ch;
      this.index += 1;
    }
    return text;
  }

  /**
   * Consumes `literal` (case-insensitively) when it is there and is not the start of a longer word,
   * e.g. "Act" in "HITECH Act 13402" but not in "HITECH Actually".
   */
  eatKeyword(literal: string): boolean {
    for (let i = 0; i < literal.length; i += 1) {
      if (this.ch(i)?.toLowerCase() !== literal[i]?.toLowerCase()) return false;
    }
    const endsInLetter = isLetter(literal[literal.length - 1]);
    if (endsInLetter && isLetter(this.ch(literal.length))) return false;
    this.index += literal.length;
    return true;
  }

  /** Runs `attempt`; if it reports no match, the cursor goes back to where it was. */
  attempt(attempt: () => boolean): boolean {
    const start = this.index;
    if (attempt()) return true;
    this.index = start;
    return false;
  }

  /** True when nothing but spaces follows the next `skip` characters. */
  restOfInputIsBlank(skip = 0): boolean {
    for (let i = this.index + skip; i < this.chars.length; i += 1)
      if (this.chars[i]?.ch !== " ") return false;
    return true;
  }

  fail(reason: string): never {
    throw new CitationParseError(this.input, reason);
  }

  /** `unexpected "x" at position 9; expected ...` (or `unexpected end of input ...`). */
  unexpected(expected: string): never {
    const current = this.peek();
    const found = current === undefined ? "end of input" : `"${current.ch}"`;
    return this.fail(`unexpected ${found} at position ${this.position()}; expected ${expected}`);
  }
}
