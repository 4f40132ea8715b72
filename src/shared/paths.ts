import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the folder holding package.json, found from this file (src/ or dist/src/). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('briefbot: cannot find the project folder (no package.json above the code)');
    dir = parent;
  }
  return dir;
}

const root = findRoot();

export function projectPath(...parts: string[]): string {
  return join(root, ...parts);
}
