import { afterAll, describe, expect, it } from 'vitest';
import { ButtonIds, DEFAULT_CAPACITY } from '../../../src/platforms/discord/button-ids.js';
import { buttonRows } from '../../../src/platforms/discord/components.js';
import type { ButtonAction } from '../../../src/dispatch/button-action.js';
import { tempStores } from '../../store/temp-store.js';

const short: ButtonAction = { command: 'ask', args: { question: 'what is JUCIP', offset: 3 } };
const long = (n: number): ButtonAction => ({ command: 'ask', args: { question: `question ${n} ${'x'.repeat(120)}` }, share: true });

describe('ButtonIds', () => {
  it('puts a short action in the custom_id itself: it works without memory, even after a restart', async () => {
    const ids = new ButtonIds();
    const id = ids.idFor(short);
    expect(id).toBe('{"c":"ask","a":{"question":"what is JUCIP","offset":3}}');
    expect(ids.size).toBe(0);
    expect(await new ButtonIds().actionFor(id)).toEqual(short);
  });

  it('keeps a long action under a short random id', async () => {
    const ids = new ButtonIds();
    const id = ids.idFor(long(1));
    expect(id).toMatch(/^bb:[A-Za-z0-9_-]{12}$/);
    expect(await ids.actionFor(id)).toEqual(long(1));
    expect(ids.idFor(long(1))).not.toBe(id);
  });

  it('forgets the least recently used ids beyond its capacity', async () => {
    const ids = new ButtonIds(2);
    const first = ids.idFor(long(1));
    const second = ids.idFor(long(2));
    await ids.actionFor(first); // used again: now the most recent
    const third = ids.idFor(long(3));
    expect(ids.size).toBe(2);
    expect(await ids.actionFor(second)).toBeNull();
    expect(await ids.actionFor(first)).toEqual(long(1));
    expect(await ids.actionFor(third)).toEqual(long(3));
  });

  it('answers null for ids that are not its own or are malformed', async () => {
    const ids = new ButtonIds();
    for (const id of ['bb:unknown', '{"c":"ASK","a":{}}', '{"c":"ask"}', 'not json', '']) expect(await ids.actionFor(id)).toBeNull();
  });
});

describe('buttonRows', () => {
  it('makes rows of at most five, at most five rows, labels within 80 characters', () => {
    const buttons = Array.from({ length: 27 }, (_, i) => ({ label: `${i} ${'label '.repeat(20)}`, action: { command: 'acronym', args: { term: `T${i}` } } }));
    const rows = buttonRows(buttons, new ButtonIds());
    expect(rows.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    for (const button of rows.flatMap((row) => row.components)) {
      expect(button.label!.length).toBeLessThanOrEqual(80);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
    }
  });

  it('makes Share the primary button', () => {
    const [row] = buttonRows([{ label: 'More results', action: short }, { label: 'Share in channel', action: { ...short, share: true } }], new ButtonIds());
    expect(row!.components.map((button) => button.style)).toEqual([2, 1]);
  });
});

describe('ButtonIds with the store', () => {
  const stores = tempStores();
  afterAll(() => stores.cleanup());

  it('a long action’s button still works after a restart (a new ButtonIds on the same database)', async () => {
    const id = new ButtonIds(DEFAULT_CAPACITY, stores.open().buttonActions).idFor(long(7));
    const afterRestart = new ButtonIds(DEFAULT_CAPACITY, stores.open().buttonActions);
    expect(await afterRestart.actionFor(id)).toEqual(long(7));
    expect(await afterRestart.actionFor('bb:AAAAAAAAAAAA')).toBeNull();
  });
});
