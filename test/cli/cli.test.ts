import { describe, expect, it } from 'vitest';
import { briefbot, briefbotRules } from './run-cli.js';
import { expectVerbatim } from '../support/verbatim.js';

describe('briefbot command line', () => {
  it('start with piped input prints the answer and exits 0', async () => {
    const run = await briefbot(['start'], '/ask what is JUCIP\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Commercial and Industrial Partnership (JUCIP)');
  });

  it('ask --json follows the contract', async () => {
    const run = await briefbot(['ask', 'who blocked the Nippon Steel deal', '--json', '--limit', '2']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['query', 'answer', 'confidence', 'results']);
    expect(json.answer).toBe('found');
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
    expect(json.results).toHaveLength(2);
    expect(Object.keys(json.results[0])).toEqual(['doc', 'title', 'section', 'passage', 'excerpt', 'score', 'citation']);
    expectVerbatim(json.results[0].passage, json.results[0].excerpt);
    expect(typeof json.results[0].score).toBe('number');
  });

  it('ask --json --stdin answers one question per line, in order', async () => {
    const questions = ['what is JUCIP', 'nvidia h100 saudi licence', 'tsmc subsidy kyushu', 'who showed up at the second economic 2+2'];
    const run = await briefbot(['ask', '--json', '--stdin'], `${questions.join('\n')}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.query)).toEqual(questions);
    expect(lines.map((l) => l.answer)).toEqual(['found', 'none', 'found', 'possible']);
  });

  it('bad usage exits 2 with the usage text', async () => {
    for (const args of [['ask'], ['ask', 'x', '--limit', 'lots'], ['frobnicate'], ['ask', '--stdin']]) {
      const run = await briefbotRules(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: briefbot <command>');
    }
  });

  it('a bad corpus folder is a configuration error naming the variable', async () => {
    const run = await briefbot(['ask', 'x'], '', { BRIEFBOT_CORPUS_DIR: '/nonexistent/corpus' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('BRIEFBOT_CORPUS_DIR: "/nonexistent/corpus" has no documents/ folder');
  });
});

describe('briefbot acronym', () => {
  it('acronym --json follows the contract', async () => {
    const run = await briefbot(['acronym', 'meti', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['term', 'matches', 'suggestions']);
    expect(json.matches[0].acronym).toBe('METI');
    expect(Object.keys(json.matches[0])).toEqual(['acronym', 'expansions', 'variants', 'defined']);
    expect(json.matches[0].expansions[0]).toMatchObject({ text: expect.stringContaining('Ministry of Economy'), doc: expect.stringMatching(/\.md$/) });
  });

  it('acronyms --json lists every entry', async () => {
    const run = await briefbot(['acronyms', '--json']);
    const entries = JSON.parse(run.stdout);
    expect(entries.map((e: { acronym: string }) => e.acronym)).toEqual(expect.arrayContaining(['EPCC', 'JUCIP', 'FIRRMA', 'CFIUS', 'BIS']));
  });
});

describe('briefbot timeline commands', () => {
  it('events --json lists dated events with sources', async () => {
    const run = await briefbot(['events', '--json']);
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout);
    const second = events.find((e: { date: string; title: string }) => e.date === '2023-11-14' && /EPCC|2\+2/.test(e.title));
    expect(second).toMatchObject({ precision: 'day', kind: 'meeting' });
    expect(second.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('upcoming --json gives the window and its anniversaries', async () => {
    const run = await briefbot(['upcoming', '--date', '2026-11-10', '--days', '7', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ from: '2026-11-10', to: '2026-11-16' });
    expect(json.items.some((i: { on: string; years: number; type: string }) => i.on === '2026-11-14' && i.years === 3 && i.type === 'anniversary')).toBe(true);
  });

  it('digest prints the message as it would be posted', async () => {
    const run = await briefbot(['digest', '--date', '2026-11-14', '--tz', 'America/New_York']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 years ago, 14 Nov 2023');
  });

  it('bad dates, windows and zones are usage errors', async () => {
    for (const args of [['upcoming'], ['upcoming', '--date', '2026-02-30'], ['upcoming', '--date', '2026-01-01', '--days', '91'], ['digest', '--date', '2026-01-01', '--tz', 'Asia/Tokio']]) {
      const run = await briefbotRules(args);
      expect(run.code, args.join(' ')).toBe(2);
    }
    expect((await briefbotRules(['digest', '--date', '2026-01-01', '--tz', 'Asia/Tokio'])).stderr).toContain('Asia/Tokyo');
  });
});

describe('briefbot rules come from the command definitions', () => {
  it('checks --limit, --days and --tz against the options of /ask and /upcoming, before loading anything', async () => {
    expect((await briefbotRules(['ask', 'x', '--limit', '11'])).stderr).toContain('--limit must be a whole number from 1 to 10, not "11"');
    expect((await briefbotRules(['upcoming', '--date', '2026-01-01', '--days', '0'])).stderr).toContain('--days must be a whole number from 1 to 90, not "0"');
    expect((await briefbotRules(['upcoming', '--date', '2026-01-01', '--tz', 'Mars/Olympus'])).code).toBe(2);
  });

  it('writes the help from the definitions: descriptions, ranges and defaults', async () => {
    const help = await briefbotRules(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--limit N +how many excerpts \(1–10, default 3\)/);
    expect(help.stdout).toMatch(/--days N +how many days ahead, today included \(1–90, default 7\)/);
    expect(help.stdout).toMatch(/--tz ZONE +your time zone, e\.g\. Asia\/Tokyo \(default UTC\)/);
    expect(help.stdout).toMatch(/ask "<question>" +answer a question with verbatim, cited excerpts from the papers/);
  });
});

