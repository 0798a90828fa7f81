// Opaque page cursors: a kind prefix and a sort key, base64url. A cursor of another list, or
// anything this API did not give out, is a BAD_USER_INPUT on `after`.
import { badInput } from "../../errors.js";

export const encodeOpaqueCursor = (kind: string, key: string): string =>
  Buffer.from(`${kind}:${key}`, "utf8").toString("base64url");

export function decodeOpaqueCursor(kind: string, cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith(`${kind}:`))
    throw badInput(`after: "${cursor.slice(0, 80)}" is not a cursor this API gave out`, {
      argument: "after",
    });
  return text.slice(kind.length + 1);
}
