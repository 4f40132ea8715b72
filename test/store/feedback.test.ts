import { afterEach, describe, expect, it } from 'vitest';
import { answerKey } from '../../src/store/feedback.js';
import type { VoteInput } from '../../src/store/feedback.js';
import { storeFactories, type TestStores } from './store-factories.js';

let stores: TestStores;
afterEach(() => stores.cleanup());

const shown = [
  { rank: 1, passage: 'jacobs-2023.md#4' },
  { rank: 2, passage: 'tong-2022.md#9' },
];
const vote = (overrides: Partial<VoteInput> = {}): VoteInput => ({
  question: 'what is JUCIP',
  shown,
  vote: 'good' as const,
  platform: 'slack',
  userId: 'U123',
  at: new Date('2026-11-02T10:00:00Z'),
  ...overrides,
});

describe.each(storeFactories)('feedback in the store on $name', (factory) => {
  it('keeps one vote per person per answer: a second vote replaces the first', async () => {
    stores = await factory.create();
    const store = await stores.open();
    expect(await store.feedback.record(vote())).toBe('recorded');
    expect(await store.feedback.record(vote({ vote: 'bad', at: new Date('2026-11-02T10:01:00Z') }))).toBe('replaced');
    expect(await store.feedback.record(vote({ userId: 'U999' }))).toBe('recorded');
    const all = await store.feedback.list();
    expect(all).toHaveLength(2);
    expect(all.map((r) => r.vote).sort()).toEqual(['bad', 'good']);
    expect(all[0]).toMatchObject({ question: 'what is JUCIP', shown, platform: 'slack' });
  });

  it('names nobody: the user id is stored only as a salted hash, the same across a reopen', async () => {
    stores = await factory.create();
    await (await stores.open()).feedback.record(vote());
    const reopened = await stores.open();
    await reopened.feedback.record(vote({ vote: 'bad' }));
    const [record] = await reopened.feedback.list();
    expect(await reopened.feedback.list()).toHaveLength(1);
    expect(record!.userHash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(record)).not.toContain('U123');
  });

  it('lists votes since a date, oldest first', async () => {
    stores = await factory.create();
    const store = await stores.open();
    await store.feedback.record(vote({ question: 'old', at: new Date('2026-10-01T00:00:00Z') }));
    await store.feedback.record(vote({ question: 'new', at: new Date('2026-11-05T00:00:00Z') }));
    expect((await store.feedback.list(new Date('2026-11-01T00:00:00Z'))).map((r) => r.question)).toEqual(['new']);
    expect((await store.feedback.list()).map((r) => r.question)).toEqual(['old', 'new']);
  });
});

describe('feedback answer keys', () => {
  it('tells answers apart by their passages and order, not by the case of the question', () => {
    expect(answerKey('What is JUCIP ', shown)).toBe(answerKey('what is jucip', shown));
    expect(answerKey('what is jucip', shown.slice(0, 1))).not.toBe(answerKey('what is jucip', shown));
  });
});
