import type { Public } from "../../db/repository.js";
import { badInput } from "../../errors.js";
import type { SearchRepository } from "./search.repository.js";
import type { SearchHit } from "./search.type.js";

/** Lucene's special characters, escaped so user text is always read as words, never as query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT)$/.test(w))
    .join(" ");
}

export class SearchService {
  constructor(private readonly hits: Public<SearchRepository>) {}

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const query = luceneQuery(text);
    if (!query) throw badInput("text: give at least one word to search for", { argument: "text" });
    if (limit < 1 || limit > 100) throw badInput("limit: must be between 1 and 100", { argument: "limit" });
    return this.hits.searchFullText(query, limit);
  }
}
