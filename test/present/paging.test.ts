import { describe, expect, it } from 'vitest';
import acronymCommand from '../../commands/acronym.js';
import askCommand from '../../commands/ask.js';
import timelineCommand from '../../commands/timeline.js';
import upcomingCommand from '../../commands/upcoming.js';
import { runCommand, runTextCommand } from '../../src/dispatch/run.js';
import type { Command, CommandContext } from '../../src/dispatch/types.js';
import { plainText } from '../../src/present/build.js';
import { pageButtons, previousOffset } from '../../src/present/paging.js';
import type { Reply, ReplyButton } from '../../src/present/types.js';
import { realKnowledge, testContext } from '../support/corpus.js';
import { fullTimeline } from '../timeline/support.js';

/** Every paged reply: "Back" past the first page, carrying the previous page's options, before "More". */
const knowledge = { ...realKnowledge(), timeline: fullTimeline() };
const commands: Command[] = [askCommand, timelineCommand, upcomingCommand, acronymCommand];
const context = (): CommandContext => testContext({ knowledge: knowledge as CommandContext['knowledge'], now: () => new Date('2026-11-10T09:00:00Z'), commands });
const byName = (name: string) => commands.find((command) => command.name === name)!;
const press = (button: ReplyButton) => runCommand(byName(button.command), button.args, context());
const button = (reply: Reply, id: string) => reply.buttons?.find((b) => b.id === id);
const ids = (reply: Reply) => reply.buttons?.map((b) => b.id);

/** Type `line`, press More, then Back: the pages and the buttons seen on the way. */
async function moreThenBack(line: string) {
  const first = await runTextCommand(line, context());
  const second = await press(button(first, 'more')!);
  const back = await press(button(second, 'back')!);
  return { first, second, back };
}

describe('paging: Back and More', () => {
  it('/ask: a possibly relevant answer pages the same way, labelled on every page', async () => {
    const { first, second, back } = await moreThenBack('/ask how do the allies plan to cooperate on quantum computing research');
    expect(ids(first)).toEqual(['more', 'good', 'bad']);
    expect(ids(second)![0]).toBe('back');
    for (const page of [first, second]) {
      expect(page.title).toMatch(/^Possibly relevant: /);
      const labels = page.blocks.flatMap((b) => (b.type === 'excerpt' ? [b.label] : []));
      expect(labels.length).toBeGreaterThan(0);
      expect(new Set(labels)).toEqual(new Set(['Possibly relevant — no passage matches the whole question']));
    }
    expect(button(second, 'back')!.args).toEqual({ question: 'how do the allies plan to cooperate on quantum computing research' });
    expect(plainText(back)).toBe(plainText(first));
  });

  it('/ask: no Back on the first page; Back then More on the second; Back returns the first page', async () => {
    const { first, second, back } = await moreThenBack('/ask what is JUCIP');
    expect(ids(first)).toEqual(['more', 'good', 'bad']);
    expect(ids(second)).toEqual(['back', 'more', 'good', 'bad']);
    expect(button(second, 'back')).toEqual({ id: 'back', label: 'Back', command: 'ask', args: { question: 'what is JUCIP' } });
    expect(plainText(back)).toBe(plainText(first));
    expect([first.paged, second.paged, back.paged]).toEqual([true, true, true]);
  });

  it('/ask: Back goes one page (the limit) back, not to the start', async () => {
    const third = await runCommand(askCommand, { question: 'what is JUCIP', offset: 6 }, context());
    expect(button(third, 'back')?.args).toEqual({ question: 'what is JUCIP', offset: 3 });
  });

  it('/timeline: Back carries the typed query and the previous offset', async () => {
    const { first, second, back } = await moreThenBack('/timeline 2023');
    expect(ids(first)).toEqual(['more']);
    expect(ids(second)?.[0]).toBe('back');
    expect(button(second, 'back')?.args).toEqual({ query: '2023' });
    expect(plainText(back)).toBe(plainText(first));
    expect(second.paged).toBe(true);
  });

  it('/upcoming: Back carries the window, the zone and the previous offset', async () => {
    const { first, second, back } = await moreThenBack('/upcoming 30');
    expect(ids(first)).toEqual(['more']);
    expect(ids(second)?.[0]).toBe('back');
    expect(button(second, 'back')?.args).toEqual({ days: 30, zone: 'UTC' });
    expect(plainText(back)).toBe(plainText(first));
    expect(second.paged).toBe(true);
  });

  it('/acronym list: "Previous page" is its Back, first, and the pages are marked paged', async () => {
    const second = await runTextCommand('/acronym page 2', context());
    expect(ids(second)).toEqual(['previous', 'next']);
    expect(second.paged).toBe(true);
    expect(plainText(await press(button(second, 'previous')!))).toBe(plainText(await runTextCommand('/acronym', context())));
  });

  it('a lone answer that is not a page (no match) is not marked paged', async () => {
    const none = await runTextCommand('/ask zzqx unknownword', context());
    expect(none.paged).toBeUndefined();
  });

  it('previousOffset clamps at 0 and is null on the first page; pageButtons puts Back first', () => {
    expect(previousOffset(0, 5)).toBeNull();
    expect(previousOffset(3, 5)).toBe(0);
    expect(previousOffset(10, 5)).toBe(5);
    const more: ReplyButton = { id: 'more', label: 'More', command: 'x', args: { offset: 10 } };
    expect(pageButtons('x', { offset: 0 }, more).map((b) => b.id)).toEqual(['back', 'more']);
    expect(pageButtons('x', null, null)).toEqual([]);
  });
});
