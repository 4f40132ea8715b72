import { afterEach, describe, expect, it } from 'vitest';
import { answerKey } from '../../src/store/feedback.js';
import { tempStores } from './temp-store.js';

let stores: ReturnType<typeof tempStores>;
afterEach(() => stores.cleanup());

const shown = [
  { rank: 1, passage: 'jacobs-2023.md#4' },
  { rank: 2, passage: 'tong-2022.md#9' },
];
const vote = (overrides: Partial<Parameters<ReturnType<typeof stores.open>['feedback']['record']>[0]> = {}) => ({
  question: 'what is JUCIP',
  shown,
  vote: 'good' as const,
  platform: 'slack',
  userId: 'U123',
  at: new Date('2026-11-02T10:00:00Z'),
  ...overrides,
});

describe('feedback in the store', () => {
  it('keeps one vote per person per answer: a second vote replaces the first', async () => {
    stores = tempStores();
    const store = stores.open();
    expect(await store.feedback.record(vote())).toBe('recorded');
    expect(await store.feedback.record(vote({ vote: 'bad', at: new Date('2026-11-02T10:01:00Z') }))).toBe('replaced');
    expect(await store.feedback.record(vote({ userId: 'U999' }))).toBe('recorded');
    const all = await store.feedback.list();
    expect(all).toHaveLength(2);
    expect(all.map((r) => r.vote).sort()).toEqual(['bad', 'good']);
    expect(all[0]).toMatchObject({ question: 'what is JUCIP', shown, platform: 'slack' });
  });

  it('names nobody: the user id is stored only as a salted hash, the same across a reopen', async () => {
    stores = tempStores();
    await stores.open().feedback.record(vote());
    const reopened = stores.open();
    await reopened.feedback.record(vote({ vote: 'bad' }));
    const [record] = await reopened.feedback.list();
    expect(await reopened.feedback.list()).toHaveLength(1);
    expect(record!.userHash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(record)).not.toContain('U123');
  });

  it('lists votes since a date, oldest first', async () => {
    stores = tempStores();
    const store = stores.open();
    await store.feedback.record(vote({ question: 'old', at: new Date('2026-10-01T00:00:00Z') }));
    await store.feedback.record(vote({ question: 'new', at: new Date('2026-11-05T00:00:00Z') }));
    expect((await store.feedback.list(new Date('2026-11-01T00:00:00Z'))).map((r) => r.question)).toEqual(['new']);
    expect((await store.feedback.list()).map((r) => r.question)).toEqual(['old', 'new']);
  });

  it('tells answers apart by their passages and order, not by the case of the question', () => {
    expect(answerKey('What is JUCIP ', shown)).toBe(answerKey('what is jucip', shown));
    expect(answerKey('what is jucip', shown.slice(0, 1))).not.toBe(answerKey('what is jucip', shown));
  });
});
