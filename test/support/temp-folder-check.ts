/**
 * Vitest global setup: the whole run, its workers and the processes they spawn, get one private
 * temp folder (TMPDIR), and the run fails if a test left a `briefbot-*` file or folder in it.
 * A private folder rather than a count in the shared temp dir, so neither parallel workers nor
 * another run on the same machine can make the check pass or fail by accident.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where os.tmpdir() looks: TMPDIR on Linux and macOS, TEMP/TMP on Windows. */
const TEMP_VARIABLES = ['TMPDIR', 'TEMP', 'TMP'] as const;

export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'briefbot-test-run-'));
  const original = TEMP_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of TEMP_VARIABLES) process.env[name] = runFolder;

  return function teardown() {
    for (const [name, value] of original) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // Tools (tsx's compile cache) may keep their own entries here; only the tests' own are checked.
    const left = readdirSync(runFolder).filter((name) => name.startsWith('briefbot-'));
    rmSync(runFolder, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(`tests left ${left.length} temporary item(s) behind: ${left.join(', ')}. Remove what a test creates in afterEach/afterAll.`);
    }
  };
}
