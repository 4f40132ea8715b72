import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/shared/paths.js';

/** Runs a measuring tool as a person would, with tsx, and returns its exit code and output. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', projectPath(script), ...args], { cwd: projectPath(), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the measuring tools read their options', () => {
  it('print their usage for --help and exit 0', () => {
    const { status, stdout } = run('eval/main.ts', '--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run eval/);
    expect(stdout).toContain('--split S');
  });

  it('answer an unknown option with what was wrong and the usage, exit 2, no stack trace', () => {
    const { status, stderr } = run('eval/timeline-report.ts', '--bogus');
    expect(status).toBe(2);
    expect(stderr).toContain("eval/timeline-report: Unknown option '--bogus'");
    expect(stderr).toContain('Usage: npx tsx eval/timeline-report.ts');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('take --help and refuse what they do not take, even those without options', () => {
    for (const [script, usage] of [['bench/chaos.ts', 'Usage: npm run chaos'], ['bench/replicas-load.ts', 'Usage: npm run bench:replicas'], ['eval/glossary-report.ts', 'Usage: npx tsx eval/glossary-report.ts'], ['bench/question-latency.ts', 'Usage: node --expose-gc --import tsx bench/question-latency.ts']] as const) {
      const help = run(script, '--help');
      expect(help.status, script).toBe(0);
      expect(help.stdout.startsWith(usage), `${script}: ${help.stdout}`).toBe(true);
      const bogus = run(script, '--bogus');
      expect(bogus.status, script).toBe(2);
      expect(bogus.stderr, script).toContain("Unknown option '--bogus'");
    }
  });

  it("refuse a corpus the bench's latency worker does not measure, before building anything", () => {
    const { status, stderr } = run('bench/question-latency.ts', '200x synthetic');
    expect(status).toBe(2);
    expect(stderr).toContain('no corpus named "200x synthetic"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuse a malformed value before reading any document', () => {
    const { status, stderr } = run('eval/corpus-shape.ts', '--sample', 'many');
    expect(status).toBe(2);
    expect(stderr).toContain('--sample must be a whole number above 0, not "many"');
  });
});
