/**
 * `npm run build` compiles src/ and commands/ into dist/ and stamps the build; with `--if-changed`
 * (what `npm start` and `npm run bench` use) it compiles only when an input is newer than the
 * stamp. Checking is a few milliseconds, while tsc takes seconds even when nothing changed (it
 * still parses every file and the libraries' type definitions), so starting no longer pays for it.
 *
 * No dependencies beyond Node and the TypeScript already installed: it runs before anything else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', '.build-stamp');
const ENTRY = join(root, 'dist', 'src', 'cli.js');
const BUILD_INFO = join(root, 'dist', '.tsbuildinfo');
/** What the build reads: the compiled folders and the files that change how they compile. */
const INPUT_FOLDERS = ['src', 'commands'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

/**
 * Newest modification time among the inputs. Folders count too: adding, removing or renaming a
 * file changes its folder's time, so a deleted source also triggers a build.
 */
function newestInput() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const name of [...INPUT_FOLDERS, ...INPUT_FILES]) visit(join(root, name));
  return newest;
}

function isFresh() {
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  return stamp !== undefined && existsSync(ENTRY) && newestInput() <= stamp.mtimeMs;
}

function build() {
  // The stamp carries the time the build started, so a file saved while tsc runs is built next time.
  const started = new Date();
  rmSync(STAMP, { force: true });
  // tsc's incremental mode trusts its build info even when outputs were deleted: start over then.
  if (!existsSync(ENTRY)) rmSync(BUILD_INFO, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
}

if (!(process.argv.includes('--if-changed') && isFresh())) build();
