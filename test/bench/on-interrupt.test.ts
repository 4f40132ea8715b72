import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/shared/paths.js';

/**
 * bench/on-interrupt.ts, in a real child process: a measuring tool stopped with Ctrl-C must still
 * stop what it started (a PostgreSQL server, worker processes) and remove its temp folders.
 */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs a script that registers a clean-up writing `marker`; sends `signal` once it says "ready", unless null. */
function run(body: string, signal: NodeJS.Signals | null): Promise<{ code: number | null; marker: string; stderr: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'briefbot-interrupt-'));
  folders.push(folder);
  const marker = join(folder, 'cleaned');
  const script = `
    import { writeFileSync } from 'node:fs';
    import { cleanUpOnInterrupt } from ${JSON.stringify(projectPath('bench', 'on-interrupt.ts'))};
    const clean = () => writeFileSync(${JSON.stringify(marker)}, 'yes');
    ${body}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectPath() });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.on('data', (chunk: Buffer) => {
    if (signal !== null && chunk.toString('utf8').includes('ready')) child.kill(signal);
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, marker, stderr })));
}

describe('cleanUpOnInterrupt', () => {
  it('runs the clean-up on Ctrl-C and exits 130', async () => {
    const result = await run(`cleanUpOnInterrupt(clean); console.log('ready'); setTimeout(() => {}, 60_000);`, 'SIGINT');
    expect(result.code).toBe(130);
    expect(existsSync(result.marker)).toBe(true);
    expect(result.stderr).toContain('SIGINT: cleaning up before exiting');
  });

  it('runs the clean-up on SIGTERM and exits 143', async () => {
    const result = await run(`cleanUpOnInterrupt(clean); console.log('ready'); setTimeout(() => {}, 60_000);`, 'SIGTERM');
    expect(result.code).toBe(143);
    expect(existsSync(result.marker)).toBe(true);
  });

  it('forgets a clean-up once the tool has done it itself', async () => {
    const result = await run(`const forget = cleanUpOnInterrupt(clean); forget(); console.log('ready'); setTimeout(() => {}, 60_000);`, 'SIGINT');
    expect(result.code).toBe(130);
    expect(existsSync(result.marker)).toBe(false);
  });

  it('does not keep a finished tool running', async () => {
    const result = await run(`cleanUpOnInterrupt(clean); console.log('done');`, null);
    expect(result.code).toBe(0);
    expect(existsSync(result.marker)).toBe(false);
  });
});
