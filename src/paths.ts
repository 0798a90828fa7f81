import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project root, whether this file runs from src/ (ts via jest) or from dist/src/ (compiled). */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(__dirname);
