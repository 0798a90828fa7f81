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
  // Most values in a result are strings, numbers, booleans, lists and maps: they are answered before
  // any of the driver's type checks, each of which probes several marker properties. Profiled under
  // load, those checks on every leaf value cost more than decoding the Bolt message itself.
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) return nativeMap(value as Record<string, unknown>);
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
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
  return nativeMap(value as Record<string, unknown>);
}

function nativeMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toNative(value[key]);
  return out;
}
