import fc from "fast-check";
import { clipMessage } from "../../../src/errors.js";

describe("clipMessage", () => {
  it("shortens a long quoted value and leaves short ones alone", () => {
    const long = "a".repeat(5_000);
    const clipped = clipMessage(
      `Variable "$v" got invalid value "${long}" at "v.role"; Value "${long}" does not exist.`,
    );
    expect(clipped).toBe(
      `Variable "$v" got invalid value "${"a".repeat(80)}…" at "v.role"; Value "${"a".repeat(80)}…" does not exist.`,
    );
  });

  it("keeps escaped quotes inside a value", () => {
    const value = `${'x\\"'.repeat(40)}tail`;
    // x\" is two characters of the value (x and an escaped quote): 40 of them make the 80 kept.
    expect(clipMessage(`got "${value}"`)).toBe(`got "${'x\\"'.repeat(40)}…"`);
  });

  it("never returns more than 601 characters, and returns short messages unchanged", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), (message) => {
        const clipped = clipMessage(message);
        expect(clipped.length).toBeLessThanOrEqual(601);
        if (message.length <= 80) expect(clipped).toBe(message);
      }),
    );
  });
});
