import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStores } from '../store/temp-store.js';
import { briefbotRules } from './run-cli.js';

let stores: ReturnType<typeof tempStores>;
const saved = process.env.DATABASE_PATH;

beforeEach(async () => {
  stores = tempStores();
  process.env.DATABASE_PATH = stores.path;
  const { feedback } = stores.open();
  const shown = [{ rank: 1, passage: 'jacobs-2023-economic-security-coordination-update.md#6' }];
  await feedback.record({ question: 'what is JUCIP', shown, vote: 'good', platform: 'slack', userId: 'U1', at: new Date('2026-10-01T09:00:00Z') });
  await feedback.record({ question: 'who attended the second economic 2+2', shown, vote: 'bad', platform: 'discord', userId: 'U2', at: new Date('2026-11-03T09:00:00Z') });
  await feedback.record({ question: 'who attended the second economic 2+2', shown, vote: 'bad', platform: 'slack', userId: 'U3', at: new Date('2026-11-04T09:00:00Z') });
});
afterEach(() => {
  stores.cleanup();
  if (saved === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = saved;
});

describe('briefbot feedback', () => {
  it('lists the votes with a count, and --since keeps the later ones', async () => {
    const all = await briefbotRules(['feedback']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^3 votes: 1 👍, 2 👎/);
    expect(all.stdout).toMatch(/2026-11-03 09:00 {2}👎 {2}discord +“who attended the second economic 2\+2” — 1\. jacobs-2023/);
    const since = await briefbotRules(['feedback', '--since', '2026-11-01']);
    expect(since.stdout).toMatch(/^2 votes since 2026-11-01: 0 👍, 2 👎/);
  });

  it('--json gives the records; no user id appears anywhere', async () => {
    const run = await briefbotRules(['feedback', '--json']);
    const records = JSON.parse(run.stdout) as { question: string; vote: string; userHash: string }[];
    expect(records).toHaveLength(3);
    expect(run.stdout).not.toMatch(/"U[123]"/);
  });

  it('--dev-questions writes each 👎 question once, in the dev-question format, for a person to complete', async () => {
    const run = await briefbotRules(['feedback', '--dev-questions']);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([{ q: 'who attended the second economic 2+2', doc: null, phrase: null, style: 'question' }]);
    expect(run.stderr).toMatch(/add each one's "doc" and "phrase"/);
  });

  it('refuses a date that is not one, before opening anything', async () => {
    const run = await briefbotRules(['feedback', '--since', 'last week']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--since must be a real date written YYYY-MM-DD, not "last week"/);
  });
});
