import { Repository, statement } from "../../db/repository.js";
import type { SearchHit } from "./search.type.js";

export type SearchHitRow = Pick<SearchHit, "kind" | "key" | "title" | "text" | "version" | "score">;

export const SEARCH_STATEMENTS = {
  fullText: statement<SearchHitRow>()("search/full-text", [
    "kind",
    "key",
    "title",
    "text",
    "version",
    "score",
  ]),
};

export class SearchRepository extends Repository {
  /** `query` is Lucene syntax: the caller escapes user input. Best match first. */
  async searchFullText(query: string, limit: number): Promise<SearchHitRow[]> {
    return this.read(SEARCH_STATEMENTS.fullText, { text: query, limit });
  }
}
