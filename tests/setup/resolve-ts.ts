// Jest's moduleNameMapper does not apply to globalSetup/globalTeardown, which load through Node's own
// resolver; this maps the `.js` suffix of our relative imports to the `.ts` source, as the mapper does.
import Module from "node:module";

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolver._resolveFilename;

moduleWithResolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  try {
    return original.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith(".") && request.endsWith(".js"))
      return original.call(this, request.slice(0, -3), ...rest);
    throw error;
  }
};
