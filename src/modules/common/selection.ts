// Which fields a request selects on a type, so that a service's one Cypher statement computes only
// those: a page of requirements asking for titles need not collect every policy, control and
// obligation behind them. graphql-parse-resolve-info resolves aliases, fragments and @skip/@include.
import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/**
 * The names of the fields selected on `typeName`, reached from the resolver's own field through
 * `path` (field names, e.g. ["edges", "node"] for a connection). null when the request cannot be
 * read, which callers take as "everything".
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  typeName: string,
  path: string[] = [],
): Set<string> | null {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!root?.fieldsByTypeName) return null;
  let trees = [root];
  for (const step of path) {
    trees = trees.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName).flatMap((fields) =>
        Object.values(fields).filter((f) => f.name === step),
      ),
    );
  }
  const names = new Set<string>();
  for (const tree of trees)
    for (const field of Object.values(tree.fieldsByTypeName[typeName] ?? {})) names.add(field.name);
  return names;
}
