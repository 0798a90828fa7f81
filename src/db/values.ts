// Neo4j values become plain JS here and nowhere else: Integers to numbers, nodes and relationships
// to their properties, temporal values to ISO strings.
import {
  int,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from "neo4j-driver";

/**
 * Parameters for Cypher: whole JS numbers become Neo4j Integers (a JS number is a float to Neo4j, and
 * LIMIT, SKIP and stored counts need integers); everything else passes through, recursively.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toNative);
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNative(v);
    return out;
  }
  return value;
}
