import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCommandLine } from '../../src/command-line.js';
import { onTestFinished } from 'vitest';
import { projectPath } from '../../src/shared/paths.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Chat settings and DATABASE_URL blanked, so a developer's .env (read by the CLI, but never over a
 * variable that is set) cannot connect a test run to a real Slack, Discord or database.
 */
const NO_CHAT: NodeJS.ProcessEnv = Object.fromEntries(
  ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'PORT', 'SLACK_API_URL', 'DISCORD_TOKEN', 'DISCORD_API_URL', 'BRIEFBOT_ADMINS', 'DATABASE_URL'].map((name) => [name, '']),
);

/** The real command line, run from source (as `npx briefbot` runs the built copy); call it inside a test. */
export function spawnBriefbot(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  // Each run gets its own database file: tests never write into the project's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'cli.ts'), ...args], {
    cwd: projectPath(),
    env: { ...process.env, ...NO_CHAT, NO_COLOR: '1', DATABASE_PATH: join(dataDir, 'test.db'), ...env },
  });
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  // Listening first, so the folder is gone before the test sees the process end.
  child.once('close', removeDataDir);
  // A test that fails or times out may leave its process running: both end with the test.
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    removeDataDir();
  });
  return child;
}

/** Run to the end with `stdin` as input. */
export function briefbot(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnBriefbot(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/**
 * The command line's rules, run in this process: for mistakes caught before anything is loaded
 * (usage errors), where spawning a process per case would only measure the machine's speed.
 */
export async function briefbotRules(args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCommandLine(args, { stdin: Readable.from([]), out: (line) => stdout.push(`${line}\n`), err: (line) => stderr.push(`${line}\n`), color: false });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

export interface StartedBot {
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the bot logs that it is listening for commands. */
  listening: Promise<void>;
  /** The exit code, once the process has ended. */
  exited: Promise<number | null>;
  /** Everything it has written to stdout so far (JSON log lines). */
  stdout(): string;
}

/** `briefbot start` on chat platforms (settings in `env`), its log collected. */
export function startBriefbot(env: NodeJS.ProcessEnv): StartedBot {
  const child = spawnBriefbot(['start'], env);
  let stdout = '';
  const listening = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('listening for commands')) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, listening, exited, stdout: () => stdout };
}
